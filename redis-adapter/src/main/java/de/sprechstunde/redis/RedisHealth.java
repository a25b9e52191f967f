package de.sprechstunde.redis;

import de.sprechstunde.core.port.ComponentHealth;
import de.sprechstunde.core.port.HealthIndicator;
import java.time.Duration;
import java.util.Map;

/** {@code redis}: a PING and its round-trip time; DOWN when Redis does not answer (the bot then runs on its fallbacks). */
final class RedisHealth implements HealthIndicator {

    private final RedisConnections redis;

    RedisHealth(RedisConnections redis) {
        this.redis = redis;
    }

    @Override
    public ComponentHealth check() {
        long start = System.nanoTime();
        try {
            String pong = redis.commands().ping();
            Duration latency = Duration.ofNanos(System.nanoTime() - start);
            return new ComponentHealth("redis", ComponentHealth.Status.UP, latency, "PING " + pong,
                    Map.of("prefix", redis.settings().keyPrefix()));
        } catch (RuntimeException e) {
            return ComponentHealth.down("redis", Duration.ofNanos(System.nanoTime() - start),
                    "unreachable (" + e.getClass().getSimpleName() + "): in-process cache and rate limits serve meanwhile");
        }
    }
}
