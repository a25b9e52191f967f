package de.sprechstunde.deploy.state;

import de.sprechstunde.core.config.StateLimits;
import de.sprechstunde.core.port.CacheKind;
import de.sprechstunde.core.port.RateBudget;
import de.sprechstunde.mongo.MongoSettings;
import de.sprechstunde.redis.RedisSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything the state backends need, validated. Read from the environment by the deploy
 * module's configuration reader; built directly in tests.
 *
 * @param redis               empty without {@code REDIS_URL}: in-process cache, limiter and ledger
 * @param mongo               MongoDB (external or embedded)
 * @param dataDir             {@code DATA_DIR}: the embedded MongoDB file lives here
 * @param cachingEnabled      {@code ENABLE_RESPONSE_CACHING}
 * @param cacheTtls           {@code CACHE_TTL_CONVERSATION}, {@code CACHE_TTL_GRAMMAR}, {@code CACHE_TTL_SCENARIO}
 * @param audioCacheTtl       {@code CACHE_TTL_AUDIO}: synthesised voice clips
 * @param perMinute           {@code RATE_LIMIT_PER_MINUTE}, {@code RATE_LIMIT_VOICE_PER_MINUTE}
 * @param instanceId          {@code INSTANCE_ID}: which bot instance owns a pending message (replay after restart)
 * @param writeBufferCapacity {@code STATE_WRITE_BUFFER}: writes kept while MongoDB or Redis is down
 */
public record StateSettings(Optional<RedisSettings> redis, MongoSettings mongo, Path dataDir, boolean cachingEnabled,
                            Map<CacheKind, Duration> cacheTtls, Duration audioCacheTtl, Map<RateBudget, Integer> perMinute,
                            String instanceId, int writeBufferCapacity) {

    /** {@code DATA_DIR}'s default: the working directory's {@code data}. */
    public static final Path DEFAULT_DATA_DIR = Path.of("./data");

    public StateSettings {
        Objects.requireNonNull(redis, "redis");
        Objects.requireNonNull(mongo, "mongo");
        Objects.requireNonNull(dataDir, "dataDir");
        Objects.requireNonNull(audioCacheTtl, "audioCacheTtl");
        cacheTtls = Map.copyOf(cacheTtls);
        perMinute = Map.copyOf(perMinute);
        for (CacheKind kind : CacheKind.values()) {
            if (!cacheTtls.containsKey(kind)) {
                throw new IllegalArgumentException("missing cache TTL for " + kind);
            }
        }
        for (RateBudget budget : RateBudget.values()) {
            if (perMinute.getOrDefault(budget, 0) <= 0) {
                throw new IllegalArgumentException("rate limit for " + budget + " must be positive");
            }
        }
        if (instanceId == null || instanceId.isBlank()) {
            throw new IllegalArgumentException("instanceId must not be blank");
        }
        if (writeBufferCapacity <= 0) {
            throw new IllegalArgumentException("writeBufferCapacity must be positive");
        }
    }

    /** The configuration contract's defaults: no Redis, embedded MongoDB under {@code dataDir}. */
    public static StateSettings defaults(Path dataDir) {
        StateLimits limits = StateLimits.defaults();
        return new StateSettings(Optional.empty(), MongoSettings.defaults(), dataDir, true, limits.cacheTtls(),
                Duration.ofDays(7), limits.perMinute(), "bot", 10_000);
    }

    public StateSettings withRedis(RedisSettings value) {
        return new StateSettings(Optional.of(value), mongo, dataDir, cachingEnabled, cacheTtls, audioCacheTtl, perMinute,
                instanceId, writeBufferCapacity);
    }

    public StateSettings withMongo(MongoSettings value) {
        return new StateSettings(redis, value, dataDir, cachingEnabled, cacheTtls, audioCacheTtl, perMinute, instanceId,
                writeBufferCapacity);
    }

    public StateSettings withRateLimits(int textPerMinute, int voicePerMinute) {
        return new StateSettings(redis, mongo, dataDir, cachingEnabled, cacheTtls, audioCacheTtl,
                Map.of(RateBudget.TEXT, textPerMinute, RateBudget.VOICE, voicePerMinute), instanceId, writeBufferCapacity);
    }
}
