package de.sprechstunde.redis;

import org.junit.jupiter.api.extension.RegisterExtension;

/** The port contracts against a real master found through a real sentinel ({@code redis-sentinel://…#bot}). */
class RedisSentinelContractsTest extends RedisContractSuites {

    @RegisterExtension
    static final RunningRedis REDIS = RunningRedis.sentinel("test:sentinel:");

    @Override
    protected RedisBackend redis() {
        return REDIS.backend();
    }
}
