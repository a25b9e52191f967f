package de.sprechstunde.redis;

import io.lettuce.core.KeyScanCursor;
import io.lettuce.core.ScanArgs;
import io.lettuce.core.ScanCursor;
import io.lettuce.core.cluster.api.sync.RedisClusterCommands;
import java.time.Duration;
import java.util.UUID;

/**
 * The machine's Redis for tests ({@code REDIS_TEST_URL}, default {@code redis://127.0.0.1:6379}),
 * always under a key prefix of the test's own, deleted afterwards, so engineers sharing the
 * Redis never see each other's keys.
 */
public final class SharedRedis {

    private SharedRedis() {
    }

    public static String url() {
        String url = System.getenv("REDIS_TEST_URL");
        return url == null || url.isBlank() ? "redis://127.0.0.1:6379" : url;
    }

    /** A unique prefix such as {@code test:state:RedisContractsTest:3f2a…:}. */
    public static String uniquePrefix(Class<?> owner) {
        return "test:state:" + owner.getSimpleName() + ":" + UUID.randomUUID() + ":";
    }

    /** Generous timeouts: tests share a loaded 2-core machine and are not about speed. */
    public static RedisSettings settings(String prefix) {
        return settings(url(), prefix);
    }

    /** The same generous settings for another Redis, such as a {@link LocalRedisCluster}. */
    public static RedisSettings settings(String url, String prefix) {
        return RedisSettings.of(url).withKeyPrefix(prefix).withTimeout(Duration.ofSeconds(5));
    }

    public static RedisBackend backend(String prefix) {
        return new RedisBackend(settings(prefix));
    }

    /** Deletes every key under {@code prefix}; returns how many. */
    public static long deleteAll(RedisBackend backend, String prefix) {
        RedisClusterCommands<String, byte[]> commands = backend.connections().commands();
        long deleted = 0;
        ScanCursor cursor = ScanCursor.INITIAL;
        do {
            KeyScanCursor<String> page = commands.scan(cursor, ScanArgs.Builder.matches(prefix + "*").limit(500));
            if (!page.getKeys().isEmpty()) {
                deleted += commands.del(page.getKeys().toArray(String[]::new));
            }
            cursor = page;
        } while (!cursor.isFinished());
        return deleted;
    }
}
