package de.sprechstunde.core.memory;

import de.sprechstunde.core.learner.LearnerId;
import de.sprechstunde.core.port.RateBudget;
import de.sprechstunde.core.port.RateDecision;
import de.sprechstunde.core.port.RateLimiter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Per-learner budgets in this JVM: a window opens with a learner's first message and lasts one
 * minute; within it at most the budget is allowed. The first refusal in a window is flagged so the
 * learner is told once. The embedded default, and the fallback when Redis is unreachable.
 */
public final class InMemoryRateLimiter implements RateLimiter {

    private static final Duration WINDOW = Duration.ofMinutes(1);
    private static final int SWEEP_EVERY = 10_000;

    private record Key(LearnerId learner, RateBudget budget) {
    }

    private static final class Window {
        final Instant start;
        int count;

        Window(Instant start) {
            this.start = start;
        }
    }

    private final Map<RateBudget, Integer> perMinute;
    private final Clock clock;
    private final Map<Key, Window> windows = new ConcurrentHashMap<>();
    private int callsSinceSweep;

    public InMemoryRateLimiter(Map<RateBudget, Integer> perMinute, Clock clock) {
        this.perMinute = new EnumMap<>(perMinute);
        for (RateBudget budget : RateBudget.values()) {
            if (this.perMinute.getOrDefault(budget, 0) <= 0) {
                throw new IllegalArgumentException("budget " + budget + " must be positive");
            }
        }
        this.clock = clock;
    }

    @Override
    public RateDecision tryAcquire(LearnerId learner, RateBudget budget) {
        Instant now = clock.instant();
        sweepNowAndThen(now);
        int limit = perMinute.get(budget);
        Window window = windows.compute(new Key(learner, budget), (key, current) -> {
            Window next = current == null || !now.isBefore(current.start.plus(WINDOW)) ? new Window(now) : current;
            next.count++;
            return next;
        });
        synchronized (window) {
            int count = window.count;
            if (count <= limit) {
                return RateDecision.allowed();
            }
            return new RateDecision.Limited(Duration.between(now, window.start.plus(WINDOW)), count == limit + 1);
        }
    }

    /** Drops expired windows now and then so the map stays bounded by active learners. */
    private synchronized void sweepNowAndThen(Instant now) {
        if (++callsSinceSweep < SWEEP_EVERY) {
            return;
        }
        callsSinceSweep = 0;
        windows.values().removeIf(w -> !now.isBefore(w.start.plus(WINDOW)));
    }
}
