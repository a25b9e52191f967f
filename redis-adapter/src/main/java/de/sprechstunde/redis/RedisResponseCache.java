package de.sprechstunde.redis;

import de.sprechstunde.core.port.CacheKind;
import de.sprechstunde.core.port.ResponseCache;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * Model answers in Redis: {@code GET}, and {@code SET … EX <ttl of the kind>}. Throws lettuce's
 * exceptions when Redis is unreachable; the state wrappers turn those into misses.
 */
final class RedisResponseCache implements ResponseCache {

    private final RedisConnections redis;
    private final RedisKeys keys;
    private final Map<CacheKind, Duration> ttls;

    RedisResponseCache(RedisConnections redis, RedisKeys keys, Map<CacheKind, Duration> ttls) {
        this.redis = redis;
        this.keys = keys;
        this.ttls = Map.copyOf(ttls);
    }

    @Override
    public Optional<String> get(CacheKind kind, String key) {
        return Optional.ofNullable(RedisKeys.text(redis.commands().get(keys.response(kind, key))));
    }

    @Override
    public void put(CacheKind kind, String key, String value) {
        redis.commands().setex(keys.response(kind, key), ttls.get(kind).toSeconds(), RedisKeys.bytes(value));
    }
}
