package de.sprechstunde.redis;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A real Sentinel setup on loopback for tests: a master, its replica and one sentinel (quorum 1)
 * watching them as {@code bot}, each a process on a free port in a temporary directory.
 * {@link #close} stops them and deletes the directory.
 */
public final class LocalRedisSentinel extends LocalRedisSetup {

    public static final String MASTER = "bot";

    private final int master;
    private final int replica;
    private final int sentinel;

    private LocalRedisSentinel(LocalRedisProcesses processes, List<Integer> ports) {
        super(processes);
        this.master = ports.get(0);
        this.replica = ports.get(1);
        this.sentinel = ports.get(2);
    }

    /** Starts master, replica and sentinel, and waits until the sentinel names the master and sees the replica. */
    public static LocalRedisSentinel start() throws IOException, InterruptedException {
        return started(new LocalRedisSentinel(new LocalRedisProcesses("redis-sentinel"), LocalRedisProcesses.freePorts(3)));
    }

    @Override
    void create() throws IOException, InterruptedException {
        processes().start(null, master);
        processes().start(null, replica, "--replicaof", "127.0.0.1", Integer.toString(master));
        processes().awaitOutput(replica, "master_link_status:up", "INFO", "replication");
        // a sentinel rewrites its config file: it must be a file of its own
        Path config = Files.writeString(processes().dir().resolve("sentinel.conf"), String.join("\n",
                "sentinel monitor " + MASTER + " 127.0.0.1 " + master + " 1",
                "sentinel down-after-milliseconds " + MASTER + " 2000",
                "sentinel failover-timeout " + MASTER + " 10000", ""));
        processes().start(config, sentinel, "--sentinel");
        processes().awaitOutput(sentinel, "num-slaves\n1", "SENTINEL", "MASTER", MASTER);
    }

    /** {@code redis-sentinel://127.0.0.1:<sentinel>#bot}. */
    @Override
    public String url() {
        return "redis-sentinel://127.0.0.1:" + sentinel + "#" + MASTER;
    }

    public int masterPort() {
        return master;
    }

    public int replicaPort() {
        return replica;
    }

    public int sentinelPort() {
        return sentinel;
    }
}
