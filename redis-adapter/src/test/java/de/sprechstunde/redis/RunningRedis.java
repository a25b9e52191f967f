package de.sprechstunde.redis;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A Redis deployment of its own for one test class, with a backend on it: register it as a
 * static {@code @RegisterExtension} field; it starts before the class's tests and stops after.
 * {@code @Nested} classes inherit the extension: they share the outer class's deployment.
 */
public final class RunningRedis implements BeforeAllCallback, AfterAllCallback {

    /** Starts a deployment: the processes and the URL to reach them. */
    interface Starter {
        LocalRedisSetup start() throws Exception;
    }

    private final Starter starter;
    private final String prefix;
    private LocalRedisSetup setup;
    private RedisBackend backend;

    private RunningRedis(Starter starter, String prefix) {
        this.starter = starter;
        this.prefix = prefix;
    }

    /** A 3-master, 3-replica cluster ({@link LocalRedisCluster}). */
    public static RunningRedis cluster(String prefix) {
        return new RunningRedis(LocalRedisCluster::start, prefix);
    }

    /** A master, its replica and a sentinel ({@link LocalRedisSentinel}). */
    public static RunningRedis sentinel(String prefix) {
        return new RunningRedis(LocalRedisSentinel::start, prefix);
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        if (setup != null) {
            return;
        }
        setup = starter.start();
        backend = new RedisBackend(SharedRedis.settings(setup.url(), prefix));
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (context.getRequiredTestClass().isAnnotationPresent(Nested.class)) {
            return;
        }
        if (backend != null) {
            backend.close();
        }
        if (setup != null) {
            setup.close();
        }
    }

    public RedisBackend backend() {
        return backend;
    }

    @SuppressWarnings("unchecked")
    public <T extends LocalRedisSetup> T setup() {
        return (T) setup;
    }
}
