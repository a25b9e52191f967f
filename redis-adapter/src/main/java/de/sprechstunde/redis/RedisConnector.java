package de.sprechstunde.redis;

import io.lettuce.core.AbstractRedisClient;
import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.SocketOptions;
import io.lettuce.core.TimeoutOptions;
import io.lettuce.core.api.StatefulConnection;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.cluster.ClusterClientOptions;
import io.lettuce.core.cluster.ClusterTopologyRefreshOptions;
import io.lettuce.core.cluster.RedisClusterClient;
import io.lettuce.core.cluster.api.StatefulRedisClusterConnection;
import io.lettuce.core.cluster.api.sync.RedisClusterCommands;
import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.codec.RedisCodec;
import io.lettuce.core.codec.StringCodec;
import io.lettuce.core.resource.ClientResources;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * Opens connections of one kind: to one node (or the master its sentinels name) with
 * {@link RedisClient}, or to a cluster with {@link RedisClusterClient}, which routes each command
 * to the master of its key's slot and follows MOVED/ASK redirects. Keys are strings, values bytes.
 */
final class RedisConnector {

    private static final RedisCodec<String, byte[]> CODEC = RedisCodec.of(StringCodec.UTF8, ByteArrayCodec.INSTANCE);
    /** A failover is seen within this time even without a redirect (periodic topology refresh). */
    static final Duration TOPOLOGY_REFRESH = Duration.ofSeconds(10);

    /** A connection and its synchronous commands; both kinds share {@link RedisClusterCommands}. */
    record Opened(StatefulConnection<String, byte[]> connection, RedisClusterCommands<String, byte[]> commands) {
    }

    private final AbstractRedisClient client;
    private final Supplier<Opened> opener;
    private final String description;

    private RedisConnector(AbstractRedisClient client, Supplier<Opened> opener, String description) {
        this.client = client;
        this.opener = opener;
        this.description = description;
    }

    Opened open() {
        return opener.get();
    }

    /** For log lines: never the URL, which may carry a password. */
    String describe() {
        return description;
    }

    void shutdown() {
        client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
    }

    static RedisConnector of(RedisAddress address, ClientResources resources, Duration connectTimeout, Duration commandTimeout) {
        SocketOptions socket = SocketOptions.builder().connectTimeout(connectTimeout).keepAlive(true).build();
        address.seeds().forEach(uri -> uri.setTimeout(connectTimeout));
        if (address.cluster()) {
            RedisClusterClient client = RedisClusterClient.create(resources, address.seeds());
            client.setOptions(common(ClusterClientOptions.builder(), socket, commandTimeout)
                    .maxRedirects(5)
                    .topologyRefreshOptions(ClusterTopologyRefreshOptions.builder()
                            .enablePeriodicRefresh(TOPOLOGY_REFRESH)
                            .enableAllAdaptiveRefreshTriggers()
                            .build())
                    .build());
            return new RedisConnector(client, () -> {
                StatefulRedisClusterConnection<String, byte[]> connection = client.connect(CODEC);
                return new Opened(connection, connection.sync());
            }, "Redis Cluster (" + address.seeds().size() + " seed node(s))");
        }
        RedisClient client = RedisClient.create(resources, address.seeds().get(0));
        client.setOptions(common(ClientOptions.builder(), socket, commandTimeout).build());
        boolean sentinel = !address.seeds().get(0).getSentinels().isEmpty();
        return new RedisConnector(client, () -> {
            StatefulRedisConnection<String, byte[]> connection = client.connect(CODEC);
            return new Opened(connection, connection.sync());
        }, sentinel ? "Redis (master found through Sentinel)" : "Redis");
    }

    /** Reconnect by itself; while disconnected, reject commands at once so callers fall back without waiting. */
    private static <B extends ClientOptions.Builder> B common(B builder, SocketOptions socket, Duration commandTimeout) {
        builder.autoReconnect(true)
                .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
                .requestQueueSize(10_000)
                .socketOptions(socket)
                .timeoutOptions(TimeoutOptions.enabled(commandTimeout));
        return builder;
    }
}
