package de.sprechstunde.core.memory;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import de.sprechstunde.core.learner.LearnerId;
import de.sprechstunde.core.port.RateBudget;
import de.sprechstunde.core.port.RateDecision;
import de.sprechstunde.core.port.RateLimiter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

/**
 * Per-learner budgets in this JVM: a window opens with a learner's first message and lasts one
 * minute; within it at most the budget is allowed. The first refusal in a window is flagged so the
 * learner is told once. The embedded default, and the fallback when Redis is unreachable; the
 * Redis limiter has the same semantics (its Lua script: INCR, PEXPIRE on the first, PTTL).
 */
public final class InMemoryRateLimiter implements RateLimiter {

    private record Key(LearnerId learner, RateBudget budget) {
    }

    /** One window's state; replaced, never changed, except through {@code compute} on the map. */
    private record Window(Instant start, int count) {
    }

    private final Map<RateBudget, Integer> perWindow;
    private final Duration window;
    private final Clock clock;
    private final Map<Key, Window> windows;

    public InMemoryRateLimiter(Map<RateBudget, Integer> perMinute, Clock clock) {
        this(perMinute, Duration.ofMinutes(1), clock);
    }

    public InMemoryRateLimiter(Map<RateBudget, Integer> perWindow, Duration window, Clock clock) {
        this.perWindow = new EnumMap<>(perWindow);
        for (RateBudget budget : RateBudget.values()) {
            if (this.perWindow.getOrDefault(budget, 0) <= 0) {
                throw new IllegalArgumentException("budget " + budget + " must be positive");
            }
        }
        this.window = window;
        this.clock = clock;
        // a window is forgotten when it ends, so the map holds only learners active this minute
        this.windows = Caffeine.newBuilder()
                .ticker(BoundedCaches.ticker(clock))
                .executor(Runnable::run)
                .expireAfter(Expiry.<Key, Window>writing((key, w) -> Duration.between(clock.instant(), w.start().plus(window))))
                .<Key, Window>build()
                .asMap();
    }

    @Override
    public RateDecision tryAcquire(LearnerId learner, RateBudget budget) {
        Instant now = clock.instant();
        // compute is atomic per key, so the count read here is this call's own
        Window counted = windows.compute(new Key(learner, budget), (key, current) ->
                current == null || expired(current, now) ? new Window(now, 1) : new Window(current.start(), current.count() + 1));
        int limit = perWindow.get(budget);
        if (counted.count() <= limit) {
            return RateDecision.allowed();
        }
        return new RateDecision.Limited(Duration.between(now, counted.start().plus(window)), counted.count() == limit + 1);
    }

    private boolean expired(Window current, Instant now) {
        return !now.isBefore(current.start().plus(window));
    }
}
