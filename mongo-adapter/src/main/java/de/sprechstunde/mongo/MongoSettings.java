package de.sprechstunde.mongo;

import de.sprechstunde.core.config.Secret;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How to reach MongoDB and how much history to keep.
 *
 * @param uri                {@code MONGODB_URI}; empty runs the embedded server under the data directory
 * @param maxPoolSize        {@code MONGODB_MAX_POOL_SIZE}
 * @param minPoolSize        {@code MONGODB_MIN_POOL_SIZE}
 * @param maxIdleTime        {@code MONGODB_MAX_IDLE_TIME_MS}: idle pooled connections are closed after this
 * @param timeout            {@code MONGODB_TIMEOUT_MS}: server selection and connect timeout; slower counts as down
 * @param turnRetention      {@code CONVERSATION_RETENTION_DAYS}: conversation turns older than this are deleted
 * @param maxTurnsPerLearner {@code CONVERSATION_MAX_TURNS}: the most turns kept per learner
 */
public record MongoSettings(Optional<Secret> uri, int maxPoolSize, int minPoolSize, Duration maxIdleTime, Duration timeout,
                            Duration turnRetention, int maxTurnsPerLearner) {

    public static final String DEFAULT_DATABASE = "sprechstunde";

    public MongoSettings {
        Objects.requireNonNull(uri, "uri");
        Objects.requireNonNull(maxIdleTime, "maxIdleTime");
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(turnRetention, "turnRetention");
        if (maxPoolSize < 1) {
            throw new IllegalArgumentException("maxPoolSize must be positive");
        }
        if (minPoolSize < 0 || minPoolSize > maxPoolSize) {
            throw new IllegalArgumentException("minPoolSize must be 0..maxPoolSize");
        }
        if (timeout.isNegative() || timeout.isZero() || turnRetention.isNegative() || turnRetention.isZero()) {
            throw new IllegalArgumentException("timeout and turnRetention must be positive");
        }
        if (maxTurnsPerLearner < 2) {
            throw new IllegalArgumentException("maxTurnsPerLearner must be at least 2");
        }
    }

    /** The defaults: embedded, pool 50/10, idle 45 s, timeout 2 s, 90 days, 100 turns. */
    public static MongoSettings defaults() {
        return new MongoSettings(Optional.empty(), 50, 10, Duration.ofMillis(45_000), Duration.ofSeconds(2),
                Duration.ofDays(90), 100);
    }

    public MongoSettings withUri(String value) {
        return new MongoSettings(Optional.of(Secret.of(value)), maxPoolSize, minPoolSize, maxIdleTime, timeout,
                turnRetention, maxTurnsPerLearner);
    }

    public MongoSettings withTimeout(Duration value) {
        return new MongoSettings(uri, maxPoolSize, minPoolSize, maxIdleTime, value, turnRetention, maxTurnsPerLearner);
    }

    public MongoSettings withPool(int max, int min) {
        return new MongoSettings(uri, max, min, maxIdleTime, timeout, turnRetention, maxTurnsPerLearner);
    }
}
