package de.sprechstunde.redis;

import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The port contracts against a real 3-master Redis Cluster started for this class: a script or
 * multi-key command whose keys spanned slots would fail here with CROSSSLOT.
 */
class RedisClusterContractsTest extends RedisContractSuites {

    @RegisterExtension
    static final RunningRedis REDIS = RunningRedis.cluster("test:cluster:");

    @Override
    protected RedisBackend redis() {
        return REDIS.backend();
    }
}
