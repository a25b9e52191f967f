package de.sprechstunde.redis;

import java.io.IOException;
import java.time.Duration;

/** Real Redis processes on loopback started for tests, reachable at {@link #url()}; closing stops them. */
public abstract class LocalRedisSetup implements AutoCloseable {

    private final LocalRedisProcesses processes;

    LocalRedisSetup(LocalRedisProcesses processes) {
        this.processes = processes;
    }

    LocalRedisProcesses processes() {
        return processes;
    }

    /** Starts the processes and waits until they serve; on any failure stops what did start. */
    static <T extends LocalRedisSetup> T started(T setup) throws IOException, InterruptedException {
        try {
            setup.create();
            return setup;
        } catch (IOException | InterruptedException | RuntimeException e) {
            setup.close();
            throw e;
        }
    }

    abstract void create() throws IOException, InterruptedException;

    /** {@code REDIS_URL} for this setup. */
    public abstract String url();

    /** What {@code redis-cli -p port args…} prints; fails when it exits non-zero. */
    public String cli(int port, String... args) throws IOException, InterruptedException {
        return processes.cli(port, args);
    }

    /** Polls until the node's answer to {@code args} contains {@code expected}. */
    public void awaitOutput(int port, String expected, String... args) throws IOException, InterruptedException {
        processes.awaitOutput(port, expected, args);
    }

    /** Whether the node's answer to {@code args} contains {@code expected} within the given time. */
    public boolean answers(int port, String expected, Duration within, String... args) throws IOException, InterruptedException {
        return processes.answers(port, expected, within, args);
    }

    /** Stops the processes and deletes their directory. */
    @Override
    public void close() {
        processes.close();
    }
}
