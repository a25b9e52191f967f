package de.sprechstunde.core.config;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.random.RandomGenerator;

/**
 * The retry budget of one outgoing call: jittered exponential waits, and waits plus time spent
 * together within {@link DeliverySettings#retryWindow()}. Time spent is the larger of the clock's
 * elapsed time and the waits booked, so a test's sleeper that does not sleep still ends the
 * retries. One per call; not thread-safe.
 */
public final class RetryBudget {

    private final DeliverySettings settings;
    private final Clock clock;
    private final RandomGenerator random;
    private final Instant started;
    private Duration waited = Duration.ZERO;

    RetryBudget(DeliverySettings settings, Clock clock, RandomGenerator random) {
        this.settings = settings;
        this.clock = clock;
        this.random = random;
        this.started = clock.instant();
    }

    /** The wait before retry number {@code attempt}: between half and all of the backoff, so many chats do not retry in step. */
    public Duration backoff(int attempt) {
        long base = settings.backoff(attempt).toMillis();
        return Duration.ofMillis(base / 2 + random.nextLong(base / 2 + 1));
    }

    /** Books {@code wait} when it still fits in the window; false when the window is spent. */
    public boolean allow(Duration wait) {
        Duration elapsed = Duration.between(started, clock.instant());
        Duration spent = elapsed.compareTo(waited) > 0 ? elapsed : waited;
        if (spent.plus(wait).compareTo(settings.retryWindow()) > 0) {
            return false;
        }
        waited = waited.plus(wait);
        return true;
    }
}
