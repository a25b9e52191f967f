package de.sprechstunde.deploy.config;

import static de.sprechstunde.deploy.config.Variables.*;

import com.mongodb.ConnectionString;
import de.sprechstunde.core.config.Secret;
import de.sprechstunde.core.port.CacheKind;
import de.sprechstunde.core.port.RateBudget;
import de.sprechstunde.deploy.state.StateSettings;
import de.sprechstunde.mongo.MongoSettings;
import de.sprechstunde.redis.RedisAddress;
import de.sprechstunde.redis.RedisSettings;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/** Reads Redis, MongoDB, cache, rate-limit and instance settings (docs/state.md). */
final class StateConfig {

    private StateConfig() {
    }

    /**
     * @param dataDir        {@code DATA_DIR}, read once for every module that keeps files
     * @param cachingEnabled {@code ENABLE_RESPONSE_CACHING}, read once for the core and the backends
     */
    static StateSettings read(Env env, Path dataDir, boolean cachingEnabled) {
        StateSettings d = StateSettings.defaults(dataDir);
        Map<CacheKind, Duration> ttls = Map.of(
                CacheKind.CONVERSATION, positiveSeconds(env, CACHE_TTL_CONVERSATION, d.cacheTtls().get(CacheKind.CONVERSATION)),
                CacheKind.GRAMMAR, positiveSeconds(env, CACHE_TTL_GRAMMAR, d.cacheTtls().get(CacheKind.GRAMMAR)),
                CacheKind.SCENARIO, positiveSeconds(env, CACHE_TTL_SCENARIO, d.cacheTtls().get(CacheKind.SCENARIO)));
        Map<RateBudget, Integer> perMinute = Map.of(
                RateBudget.TEXT, positive(env, RATE_LIMIT_PER_MINUTE, d.perMinute().get(RateBudget.TEXT)),
                RateBudget.VOICE, positive(env, RATE_LIMIT_VOICE_PER_MINUTE, d.perMinute().get(RateBudget.VOICE)));
        return new StateSettings(redis(env), mongo(env), dataDir, cachingEnabled, ttls,
                positiveSeconds(env, CACHE_TTL_AUDIO, d.audioCacheTtl()), perMinute, instanceId(env),
                positive(env, STATE_WRITE_BUFFER, d.writeBufferCapacity()));
    }

    private static Optional<RedisSettings> redis(Env env) {
        Optional<String> url = env.optional(REDIS_URL);
        if (url.isEmpty()) {
            return Optional.empty();
        }
        try {
            RedisAddress.parse(url.get());
        } catch (IllegalArgumentException e) {
            throw env.bad(REDIS_URL, "is not a Redis URL like redis://host:port/db, redis-cluster://h1:p1,h2:p2"
                    + " or redis-sentinel://host:port#master");
        }
        RedisSettings d = RedisSettings.of(url.get());
        return Optional.of(new RedisSettings(Secret.of(url.get()), env.string(REDIS_KEY_PREFIX, d.keyPrefix()),
                env.integer(REDIS_MAX_CONNECTIONS, d.maxConnections(), 1, 64),
                env.millis(REDIS_TIMEOUT_MS, d.timeout(), 1, Integer.MAX_VALUE)));
    }

    private static MongoSettings mongo(Env env) {
        MongoSettings d = MongoSettings.defaults();
        Optional<Secret> uri = env.secret(MONGODB_URI);
        uri.ifPresent(secret -> {
            try {
                new ConnectionString(secret.reveal());
            } catch (RuntimeException e) {
                throw env.bad(MONGODB_URI, "is not a MongoDB connection string like mongodb://host:port/db");
            }
        });
        int max = positive(env, MONGODB_MAX_POOL_SIZE, d.maxPoolSize());
        int min = env.integer(MONGODB_MIN_POOL_SIZE, d.minPoolSize(), 0, Integer.MAX_VALUE);
        if (min > max) {
            throw env.bad(MONGODB_MIN_POOL_SIZE, "must not exceed MONGODB_MAX_POOL_SIZE (" + max + ")");
        }
        return new MongoSettings(uri, max, min,
                env.millis(MONGODB_MAX_IDLE_TIME_MS, d.maxIdleTime(), 1, Integer.MAX_VALUE),
                env.millis(MONGODB_TIMEOUT_MS, d.timeout(), 1, Integer.MAX_VALUE),
                Duration.ofDays(positive(env, CONVERSATION_RETENTION_DAYS, (int) d.turnRetention().toDays())),
                env.integer(CONVERSATION_MAX_TURNS, d.maxTurnsPerLearner(), 2, Integer.MAX_VALUE));
    }

    private static String instanceId(Env env) {
        return env.optional(INSTANCE_ID).orElseGet(() -> {
            try {
                return InetAddress.getLocalHost().getHostName();
            } catch (UnknownHostException e) {
                return "bot";
            }
        });
    }

    private static int positive(Env env, Variable variable, int fallback) {
        return env.integer(variable, fallback, 1, Integer.MAX_VALUE);
    }

    private static Duration positiveSeconds(Env env, Variable variable, Duration fallback) {
        return env.seconds(variable, fallback, 1, Integer.MAX_VALUE);
    }
}
