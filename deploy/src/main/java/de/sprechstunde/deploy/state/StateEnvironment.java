package de.sprechstunde.deploy.state;

import com.mongodb.ConnectionString;
import de.sprechstunde.core.config.Secret;
import de.sprechstunde.core.port.CacheKind;
import de.sprechstunde.core.port.RateBudget;
import de.sprechstunde.mongo.MongoSettings;
import de.sprechstunde.redis.RedisSettings;
import io.lettuce.core.RedisURI;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads {@link StateSettings} from environment variables (the deploy module passes its merged
 * environment and {@code .env}). A bad value fails with one {@link IllegalArgumentException} whose
 * message names the variable and never contains a URL's password.
 */
public final class StateEnvironment {

    private final Map<String, String> env;

    private StateEnvironment(Map<String, String> env) {
        this.env = env;
    }

    public static StateSettings read(Map<String, String> env) {
        return new StateEnvironment(env).settings();
    }

    private StateSettings settings() {
        Map<CacheKind, Duration> ttls = new EnumMap<>(CacheKind.class);
        ttls.put(CacheKind.CONVERSATION, Duration.ofSeconds(positive("CACHE_TTL_CONVERSATION", 3600)));
        ttls.put(CacheKind.GRAMMAR, Duration.ofSeconds(positive("CACHE_TTL_GRAMMAR", 86_400)));
        ttls.put(CacheKind.SCENARIO, Duration.ofSeconds(positive("CACHE_TTL_SCENARIO", 7200)));
        Map<RateBudget, Integer> perMinute = Map.of(
                RateBudget.TEXT, (int) positive("RATE_LIMIT_PER_MINUTE", 30),
                RateBudget.VOICE, (int) positive("RATE_LIMIT_VOICE_PER_MINUTE", 6));
        return new StateSettings(redis(), mongo(), dataDir(), bool("ENABLE_RESPONSE_CACHING", true), ttls,
                Duration.ofSeconds(positive("CACHE_TTL_AUDIO", 604_800)), perMinute, instanceId(),
                (int) positive("STATE_WRITE_BUFFER", 10_000));
    }

    private Optional<RedisSettings> redis() {
        Optional<String> url = value("REDIS_URL");
        if (url.isEmpty()) {
            return Optional.empty();
        }
        try {
            RedisURI.create(url.get());
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("REDIS_URL is not a Redis URL (expected redis://host:port/db)");
        }
        String prefix = value("REDIS_KEY_PREFIX").orElse(RedisSettings.DEFAULT_PREFIX);
        long connections = positive("REDIS_MAX_CONNECTIONS", 4);
        if (connections > 64) {
            throw new IllegalArgumentException("REDIS_MAX_CONNECTIONS must be 1..64, got " + connections);
        }
        return Optional.of(new RedisSettings(Secret.of(url.get()), prefix, (int) connections,
                Duration.ofMillis(positive("REDIS_TIMEOUT_MS", 500))));
    }

    private MongoSettings mongo() {
        Optional<Secret> uri = value("MONGODB_URI").map(Secret::of);
        uri.ifPresent(secret -> {
            try {
                new ConnectionString(secret.reveal());
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("MONGODB_URI is not a MongoDB connection string (expected mongodb://host:port/db)");
            }
        });
        int max = (int) positive("MONGODB_MAX_POOL_SIZE", 50);
        int min = (int) atLeastZero("MONGODB_MIN_POOL_SIZE", 10);
        if (min > max) {
            throw new IllegalArgumentException("MONGODB_MIN_POOL_SIZE (" + min + ") must not exceed MONGODB_MAX_POOL_SIZE (" + max + ")");
        }
        long turns = positive("CONVERSATION_MAX_TURNS", 100);
        if (turns < 2) {
            throw new IllegalArgumentException("CONVERSATION_MAX_TURNS must be at least 2");
        }
        return new MongoSettings(uri, max, min, Duration.ofMillis(positive("MONGODB_MAX_IDLE_TIME_MS", 45_000)),
                Duration.ofMillis(positive("MONGODB_TIMEOUT_MS", 2000)),
                Duration.ofDays(positive("CONVERSATION_RETENTION_DAYS", 90)), (int) turns);
    }

    private Path dataDir() {
        String dir = value("DATA_DIR").orElse("./data");
        try {
            return Path.of(dir);
        } catch (InvalidPathException e) {
            throw new IllegalArgumentException("DATA_DIR is not a valid path: " + dir);
        }
    }

    private String instanceId() {
        return value("INSTANCE_ID").orElseGet(() -> {
            try {
                return InetAddress.getLocalHost().getHostName();
            } catch (UnknownHostException e) {
                return "bot";
            }
        });
    }

    private Optional<String> value(String name) {
        String raw = env.get(name);
        return raw == null || raw.isBlank() ? Optional.empty() : Optional.of(raw.strip());
    }

    private long positive(String name, long fallback) {
        long number = number(name, fallback);
        if (number <= 0) {
            throw new IllegalArgumentException(name + " must be a positive whole number, got " + number);
        }
        return number;
    }

    private long atLeastZero(String name, long fallback) {
        long number = number(name, fallback);
        if (number < 0) {
            throw new IllegalArgumentException(name + " must not be negative, got " + number);
        }
        return number;
    }

    private long number(String name, long fallback) {
        Optional<String> raw = value(name);
        if (raw.isEmpty()) {
            return fallback;
        }
        try {
            return Long.parseLong(raw.get());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number, got '" + raw.get() + "'");
        }
    }

    private boolean bool(String name, boolean fallback) {
        Optional<String> raw = value(name);
        if (raw.isEmpty()) {
            return fallback;
        }
        return switch (raw.get().toLowerCase(Locale.ROOT)) {
            case "true", "1", "yes", "on" -> true;
            case "false", "0", "no", "off" -> false;
            default -> throw new IllegalArgumentException(name + " must be true or false, got '" + raw.get() + "'");
        };
    }
}
