package de.sprechstunde.redis;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A real Redis Cluster on loopback for tests: 3 masters and 3 replicas, each a {@code redis-server}
 * process on a free port (its cluster bus on port + 10000) in a temporary directory, joined with
 * {@code redis-cli --cluster create}. {@link #close} stops the processes and deletes the directory.
 */
public final class LocalRedisCluster extends LocalRedisSetup {

    private static final int NODES = 6;

    private final List<Integer> ports;

    private LocalRedisCluster(LocalRedisProcesses processes, List<Integer> ports) {
        super(processes);
        this.ports = List.copyOf(ports);
    }

    /** Starts the six nodes, creates the cluster and waits until every node reports {@code cluster_state:ok}. */
    public static LocalRedisCluster start() throws IOException, InterruptedException {
        return started(new LocalRedisCluster(new LocalRedisProcesses("redis-cluster"), LocalRedisProcesses.freePorts(NODES)));
    }

    @Override
    void create() throws IOException, InterruptedException {
        for (int port : ports) {
            processes().start(null, port, "--cluster-enabled", "yes", "--cluster-node-timeout", "5000",
                    "--cluster-config-file", processes().dir().resolve(port + "-nodes.conf").toString());
        }
        List<String> command = new ArrayList<>(List.of("redis-cli", "--cluster", "create"));
        ports.forEach(p -> command.add("127.0.0.1:" + p));
        command.addAll(List.of("--cluster-replicas", "1", "--cluster-yes"));
        LocalRedisProcesses.run(command);
        for (int port : ports) {
            processes().awaitOutput(port, "cluster_state:ok", "CLUSTER", "INFO");
            // a replica still in its first sync cannot take over: wait until it has the data
            if (processes().cli(port, "INFO", "replication").contains("role:slave")) {
                processes().awaitOutput(port, "master_link_status:up", "INFO", "replication");
            }
        }
    }

    /** {@code redis-cluster://127.0.0.1:p1,127.0.0.1:p2,…} with every node as a seed. */
    @Override
    public String url() {
        return "redis-cluster://" + ports.stream().map(p -> "127.0.0.1:" + p).collect(Collectors.joining(","));
    }

    public List<Integer> ports() {
        return ports;
    }

    /**
     * {@code CLUSTER FAILOVER} on the replica, until it is a master: a manual failover that does
     * not complete within Redis' own 5 s (a busy machine) is dropped by Redis and asked again.
     */
    public void failOverTo(int replica) throws IOException, InterruptedException {
        for (int attempt = 0; attempt < 6; attempt++) {
            cli(replica, "CLUSTER", "FAILOVER");
            if (answers(replica, "master", Duration.ofSeconds(10), "ROLE")) {
                return;
            }
        }
        throw new IllegalStateException("replica " + replica + " never took over");
    }
}
