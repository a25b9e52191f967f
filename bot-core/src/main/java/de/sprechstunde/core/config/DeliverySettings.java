package de.sprechstunde.core.config;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * How hard replies are pushed through transient platform failures (5xx, timeouts, connection
 * resets, flood waits): adapters retry one call with exponential backoff and jitter for at most
 * {@code retryWindow}; a reply still undelivered then is kept in the ledger and the core tries it
 * again every {@code redeliveryInterval} while running, and at the next start.
 *
 * @param retryWindow        the longest an adapter keeps retrying one call (waits included)
 * @param firstBackoff       the wait before the first retry; it doubles per attempt
 * @param maxBackoff         the longest single wait between attempts
 * @param redeliveryInterval how often the core retries replies kept as undelivered
 * @param giveUpAfter        how old (since the learner sent the message) a kept reply may get before
 *                           it is dropped rather than delivered that late
 */
public record DeliverySettings(Duration retryWindow, Duration firstBackoff, Duration maxBackoff, Duration redeliveryInterval,
                               Duration giveUpAfter) {

    public DeliverySettings {
        positive(retryWindow, "retryWindow");
        positive(firstBackoff, "firstBackoff");
        positive(maxBackoff, "maxBackoff");
        positive(redeliveryInterval, "redeliveryInterval");
        positive(giveUpAfter, "giveUpAfter");
        if (maxBackoff.compareTo(firstBackoff) < 0) {
            throw new IllegalArgumentException("maxBackoff must not be shorter than firstBackoff");
        }
    }

    /** 30 s of retries per call, waits from 0.5 s up to 5 s, kept replies retried every minute for a day. */
    public static DeliverySettings defaults() {
        return new DeliverySettings(Duration.ofSeconds(30), Duration.ofMillis(500), Duration.ofSeconds(5), Duration.ofMinutes(1),
                Duration.ofHours(24));
    }

    public DeliverySettings withRetryWindow(Duration value) {
        return new DeliverySettings(value, firstBackoff, maxBackoff, redeliveryInterval, giveUpAfter);
    }

    public DeliverySettings withRedeliveryInterval(Duration value) {
        return new DeliverySettings(retryWindow, firstBackoff, maxBackoff, value, giveUpAfter);
    }

    public DeliverySettings withGiveUpAfter(Duration value) {
        return new DeliverySettings(retryWindow, firstBackoff, maxBackoff, redeliveryInterval, value);
    }

    /** A fresh retry budget for one call. */
    public RetryBudget budget(Clock clock, RandomGenerator random) {
        return new RetryBudget(this, clock, random);
    }

    /** The wait before retry number {@code attempt} (1 = first retry) without jitter. */
    public Duration backoff(int attempt) {
        long factor = 1L << Math.min(20, Math.max(0, attempt - 1));
        Duration wait = firstBackoff.multipliedBy(factor);
        return wait.compareTo(maxBackoff) > 0 ? maxBackoff : wait;
    }

    private static void positive(Duration value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(name + " must be positive");
        }
    }
}
