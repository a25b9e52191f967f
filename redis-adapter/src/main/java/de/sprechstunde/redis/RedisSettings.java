package de.sprechstunde.redis;

import de.sprechstunde.core.config.Secret;
import java.time.Duration;
import java.util.Objects;

/**
 * How to reach Redis.
 *
 * @param url            {@code REDIS_URL}, e.g. {@code redis://localhost:6379/0}; a secret because it may carry a password
 * @param keyPrefix      {@code REDIS_KEY_PREFIX}: put before every key, so several bots (or tests) share one Redis
 * @param maxConnections {@code REDIS_MAX_CONNECTIONS}: multiplexed connections opened, used round-robin
 * @param timeout        {@code REDIS_TIMEOUT_MS}: command timeout (connecting gets at least 2 s); a slower call counts as Redis down
 */
public record RedisSettings(Secret url, String keyPrefix, int maxConnections, Duration timeout) {

    public static final String DEFAULT_PREFIX = "sprechstunde:";

    public RedisSettings {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(keyPrefix, "keyPrefix");
        Objects.requireNonNull(timeout, "timeout");
        if (maxConnections < 1 || maxConnections > 64) {
            throw new IllegalArgumentException("maxConnections must be 1..64");
        }
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive");
        }
    }

    /** Defaults for one URL: prefix {@code sprechstunde:}, 4 connections, 500 ms timeout. */
    public static RedisSettings of(String url) {
        return new RedisSettings(Secret.of(url), DEFAULT_PREFIX, 4, Duration.ofMillis(500));
    }

    public RedisSettings withKeyPrefix(String prefix) {
        return new RedisSettings(url, prefix, maxConnections, timeout);
    }

    public RedisSettings withTimeout(Duration value) {
        return new RedisSettings(url, keyPrefix, maxConnections, value);
    }
}
