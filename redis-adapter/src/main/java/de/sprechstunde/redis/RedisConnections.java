package de.sprechstunde.redis;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisConnectionException;
import io.lettuce.core.RedisURI;
import io.lettuce.core.SocketOptions;
import io.lettuce.core.TimeoutOptions;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.codec.RedisCodec;
import io.lettuce.core.codec.StringCodec;
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
 */
public final class RedisConnections implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(RedisConnections.class);
    private static final RedisCodec<String, byte[]> CODEC = RedisCodec.of(StringCodec.UTF8, ByteArrayCodec.INSTANCE);
    private static final Duration MIN_CONNECT_TIMEOUT = Duration.ofSeconds(2);
    private static final long CONNECT_RETRY_NANOS = TimeUnit.SECONDS.toNanos(1);

    private final RedisSettings settings;
    private final ClientResources resources;
    private final RedisClient client;
    private final AtomicInteger next = new AtomicInteger();
    private volatile List<StatefulRedisConnection<String, byte[]>> connections = List.of();
    private long lastAttempt = System.nanoTime() - CONNECT_RETRY_NANOS;

    public RedisConnections(RedisSettings settings) {
        this.settings = settings;
        RedisURI uri = RedisURI.create(settings.url().reveal());
        // the handshake (HELLO, CLIENT SETINFO, SELECT) takes several round trips: give it more than one command
        Duration connectTimeout = settings.timeout().compareTo(MIN_CONNECT_TIMEOUT) < 0 ? MIN_CONNECT_TIMEOUT : settings.timeout();
        uri.setTimeout(connectTimeout);
        this.resources = ClientResources.builder()
                .ioThreadPoolSize(2)
                .computationThreadPoolSize(2)
                .reconnectDelay(Delay.exponential(Duration.ofMillis(100), Duration.ofSeconds(5), 2, TimeUnit.MILLISECONDS))
                .build();
        this.client = RedisClient.create(resources, uri);
        client.setOptions(ClientOptions.builder()
                .autoReconnect(true)
                .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
                .requestQueueSize(10_000)
                .socketOptions(SocketOptions.builder().connectTimeout(connectTimeout).keepAlive(true).build())
                .timeoutOptions(TimeoutOptions.enabled(settings.timeout()))
                .build());
    }

    /**
     * Synchronous commands on one of the connections.
     *
     * @throws io.lettuce.core.RedisException when Redis cannot be reached
     */
    public RedisCommands<String, byte[]> commands() {
        List<StatefulRedisConnection<String, byte[]>> open = connections;
        if (open.isEmpty()) {
            open = connect();
        }
        return open.get(Math.floorMod(next.getAndIncrement(), open.size())).sync();
    }

    /** Whether the connections are established and currently connected. */
    public boolean connected() {
        List<StatefulRedisConnection<String, byte[]>> open = connections;
        return !open.isEmpty() && open.stream().allMatch(StatefulRedisConnection::isOpen);
    }

    public RedisSettings settings() {
        return settings;
    }

    private synchronized List<StatefulRedisConnection<String, byte[]>> connect() {
        if (!connections.isEmpty()) {
            return connections;
        }
        long now = System.nanoTime();
        if (now - lastAttempt < CONNECT_RETRY_NANOS) {
            throw new RedisConnectionException("Redis is not connected; next attempt within a second");
        }
        lastAttempt = now;
        List<StatefulRedisConnection<String, byte[]>> opened = new ArrayList<>();
        try {
            for (int i = 0; i < settings.maxConnections(); i++) {
                opened.add(client.connect(CODEC));
            }
        } catch (RuntimeException e) {
            opened.forEach(StatefulRedisConnection::close);
            throw e;
        }
        log.info("connected to Redis with {} connection(s)", opened.size());
        connections = List.copyOf(opened);
        return connections;
    }

    @Override
    public void close() {
        connections.forEach(StatefulRedisConnection::close);
        client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
        resources.shutdown(0, 2, TimeUnit.SECONDS);
    }
}
