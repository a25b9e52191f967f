package de.sprechstunde.redis;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The port contracts against the real Redis on this machine, under this class's own key prefix. */
class RedisContractsTest extends RedisContractSuites {

    private static final String PREFIX = SharedRedis.uniquePrefix(RedisContractsTest.class);
    private static RedisBackend redis;

    @BeforeAll
    static void connect() {
        redis = SharedRedis.backend(PREFIX);
    }

    @AfterAll
    static void cleanUp() {
        SharedRedis.deleteAll(redis, PREFIX);
        redis.close();
    }

    @Override
    protected RedisBackend redis() {
        return redis;
    }
}
