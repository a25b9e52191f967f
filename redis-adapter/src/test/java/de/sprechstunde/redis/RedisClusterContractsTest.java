package de.sprechstunde.redis;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The port contracts against a real 3-master Redis Cluster started for this class: a script or
 * multi-key command whose keys spanned slots would fail here with CROSSSLOT.
 */
class RedisClusterContractsTest extends RedisContractSuites {

    private static LocalRedisCluster cluster;
    private static RedisBackend redis;

    @BeforeAll
    static void startCluster() throws Exception {
        cluster = LocalRedisCluster.start();
        redis = new RedisBackend(SharedRedis.settings(cluster.url(), "test:cluster:"));
    }

    @AfterAll
    static void stopCluster() {
        if (redis != null) {
            redis.close();
        }
        if (cluster != null) {
            cluster.close();
        }
    }

    @Override
    protected RedisBackend redis() {
        return redis;
    }
}
