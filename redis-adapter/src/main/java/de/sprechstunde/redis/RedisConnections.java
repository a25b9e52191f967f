package de.sprechstunde.redis;

import io.lettuce.core.RedisConnectionException;
import io.lettuce.core.cluster.api.sync.RedisClusterCommands;
import io.lettuce.core.resource.ClientResources;
import io.lettuce.core.resource.Delay;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The lettuce client and a few multiplexed connections, used round-robin. Connects lazily: a bot
 * that starts while Redis is down works on its fallbacks and connects once Redis answers. Once
 * connected, lettuce reconnects by itself; while disconnected, commands fail at once (rather than
 * queueing until a timeout) so callers fall back without waiting. Keys are strings, values bytes.
 * A cluster ({@code redis-cluster://…}) gets cluster connections, which follow the topology; the
 * commands both kinds share are {@link RedisClusterCommands}.
 */
public final class RedisConnections implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(RedisConnections.class);
    private static final Duration MIN_CONNECT_TIMEOUT = Duration.ofSeconds(2);
    private static final long CONNECT_RETRY_NANOS = TimeUnit.SECONDS.toNanos(1);

    private final RedisSettings settings;
    private final ClientResources resources;
    private final RedisConnector connector;
    private final AtomicInteger next = new AtomicInteger();
    private volatile List<RedisConnector.Opened> connections = List.of();
    private long lastAttempt = System.nanoTime() - CONNECT_RETRY_NANOS;

    public RedisConnections(RedisSettings settings) {
        this.settings = settings;
        RedisAddress address = RedisAddress.parse(settings.url().reveal());
        // the handshake (HELLO, CLIENT SETINFO, SELECT) takes several round trips: give it more than one command
        Duration connectTimeout = settings.timeout().compareTo(MIN_CONNECT_TIMEOUT) < 0 ? MIN_CONNECT_TIMEOUT : settings.timeout();
        this.resources = ClientResources.builder()
                .ioThreadPoolSize(2)
                .computationThreadPoolSize(2)
                .reconnectDelay(Delay.exponential(Duration.ofMillis(100), Duration.ofSeconds(5), 2, TimeUnit.MILLISECONDS))
                .build();
        this.connector = RedisConnector.of(address, resources, connectTimeout, settings.timeout());
    }

    /**
     * Synchronous commands on one of the connections.
     *
     * @throws io.lettuce.core.RedisException when Redis cannot be reached
     */
    public RedisClusterCommands<String, byte[]> commands() {
        List<RedisConnector.Opened> open = connections;
        if (open.isEmpty()) {
            open = connect();
        }
        return open.get(Math.floorMod(next.getAndIncrement(), open.size())).commands();
    }

    /** Whether the connections are established and currently connected. */
    public boolean connected() {
        List<RedisConnector.Opened> open = connections;
        return !open.isEmpty() && open.stream().allMatch(opened -> opened.connection().isOpen());
    }

    public RedisSettings settings() {
        return settings;
    }

    private synchronized List<RedisConnector.Opened> connect() {
        if (!connections.isEmpty()) {
            return connections;
        }
        long now = System.nanoTime();
        if (now - lastAttempt < CONNECT_RETRY_NANOS) {
            throw new RedisConnectionException("Redis is not connected; next attempt within a second");
        }
        lastAttempt = now;
        List<RedisConnector.Opened> opened = new ArrayList<>();
        try {
            for (int i = 0; i < settings.maxConnections(); i++) {
                opened.add(connector.open());
            }
        } catch (RuntimeException e) {
            opened.forEach(o -> o.connection().close());
            throw e;
        }
        log.info("connected to {} with {} connection(s)", connector.describe(), opened.size());
        connections = List.copyOf(opened);
        return connections;
    }

    @Override
    public void close() {
        connections.forEach(opened -> opened.connection().close());
        connector.shutdown();
        resources.shutdown(0, 2, TimeUnit.SECONDS);
    }
}
