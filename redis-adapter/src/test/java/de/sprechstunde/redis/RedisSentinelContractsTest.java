package de.sprechstunde.redis;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The port contracts against a real master found through a real sentinel ({@code redis-sentinel://…#bot}). */
class RedisSentinelContractsTest extends RedisContractSuites {

    private static LocalRedisSentinel sentinel;
    private static RedisBackend redis;

    @BeforeAll
    static void startSentinel() throws Exception {
        sentinel = LocalRedisSentinel.start();
        redis = new RedisBackend(SharedRedis.settings(sentinel.url(), "test:sentinel:"));
    }

    @AfterAll
    static void stopSentinel() {
        if (redis != null) {
            redis.close();
        }
        if (sentinel != null) {
            sentinel.close();
        }
    }

    @Override
    protected RedisBackend redis() {
        return redis;
    }
}
