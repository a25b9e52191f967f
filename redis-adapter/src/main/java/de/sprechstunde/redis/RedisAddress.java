package de.sprechstunde.redis;

import io.lettuce.core.RedisURI;
import java.util.Arrays;
import java.util.List;

/**
 * Where {@code REDIS_URL} points: one node ({@code redis://}, {@code rediss://}, or lettuce's
 * {@code redis-sentinel://…#master}, which finds the master through the sentinels), or a
 * cluster ({@code redis-cluster://[[user]:password@]h1:p1,h2:p2,…}, {@code rediss-cluster://} with
 * TLS), whose nodes are seeds: the client learns the rest of the topology from them. A password
 * in a cluster URL applies to every node. Messages never repeat the URL, which may carry a password.
 *
 * @param cluster whether {@code seeds} are cluster nodes rather than one node (or its sentinels)
 * @param seeds   one URI for a node or sentinels; one per listed node for a cluster
 */
public record RedisAddress(boolean cluster, List<RedisURI> seeds) {

    private static final String CLUSTER = "redis-cluster://";
    private static final String TLS_CLUSTER = "rediss-cluster://";

    public RedisAddress {
        seeds = List.copyOf(seeds);
        if (seeds.isEmpty()) {
            throw new IllegalArgumentException("a Redis address needs at least one node");
        }
    }

    /** @throws IllegalArgumentException (without the URL) when it is not a Redis URL */
    public static RedisAddress parse(String url) {
        try {
            if (url.startsWith(CLUSTER)) {
                return cluster(url.substring(CLUSTER.length()), "redis://");
            }
            if (url.startsWith(TLS_CLUSTER)) {
                return cluster(url.substring(TLS_CLUSTER.length()), "rediss://");
            }
            return new RedisAddress(false, List.of(RedisURI.create(url)));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("not a Redis URL like redis://host:port/db or redis-cluster://h1:p1,h2:p2");
        }
    }

    /** {@code [[user]:password@]h1:p1,h2:p2[/]}: the credentials go to every node. */
    private static RedisAddress cluster(String rest, String nodeScheme) {
        int at = rest.lastIndexOf('@');
        String credentials = at < 0 ? "" : rest.substring(0, at + 1);
        String nodes = (at < 0 ? rest : rest.substring(at + 1)).replaceFirst("/$", "");
        if (nodes.contains("/") || nodes.contains("?") || nodes.isBlank()) {
            throw new IllegalArgumentException("a cluster URL lists host:port pairs only (no database)");
        }
        List<RedisURI> seeds = Arrays.stream(nodes.split(","))
                .map(String::strip)
                .map(node -> RedisURI.create(nodeScheme + credentials + node))
                .toList();
        return new RedisAddress(true, seeds);
    }
}
