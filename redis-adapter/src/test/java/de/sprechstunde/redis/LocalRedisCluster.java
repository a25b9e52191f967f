package de.sprechstunde.redis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A real Redis Cluster on loopback for tests: 3 masters and 3 replicas, each a {@code redis-server}
 * process on a free port (its cluster bus on port + 10000) in a temporary directory, joined with
 * {@code redis-cli --cluster create}. {@link #close} stops the processes and deletes the directory.
 */
public final class LocalRedisCluster implements AutoCloseable {

    private static final int NODES = 6;
    private static final Duration READY = Duration.ofSeconds(60);

    private final Path dir;
    private final List<Integer> ports;
    private final List<Process> servers = new ArrayList<>();

    private LocalRedisCluster(Path dir, List<Integer> ports) {
        this.dir = dir;
        this.ports = List.copyOf(ports);
    }

    /** Starts the six nodes, creates the cluster and waits until every node reports {@code cluster_state:ok}. */
    public static LocalRedisCluster start() throws IOException, InterruptedException {
        LocalRedisCluster cluster = new LocalRedisCluster(Files.createTempDirectory("redis-cluster-"), freePorts());
        try {
            cluster.startServers();
            cluster.create();
            cluster.awaitState();
            return cluster;
        } catch (IOException | InterruptedException | RuntimeException e) {
            cluster.close();
            throw e;
        }
    }

    /** {@code redis-cluster://127.0.0.1:p1,127.0.0.1:p2,…} with every node as a seed. */
    public String url() {
        return "redis-cluster://" + ports.stream().map(p -> "127.0.0.1:" + p).collect(Collectors.joining(","));
    }

    public List<Integer> ports() {
        return ports;
    }

    /** What {@code redis-cli -p port args…} prints; fails when it exits non-zero. */
    public String cli(int port, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("redis-cli", "-h", "127.0.0.1", "-p", Integer.toString(port)));
        command.addAll(List.of(args));
        return run(command);
    }

    private void startServers() throws IOException, InterruptedException {
        for (int port : ports) {
            Path nodeDir = Files.createDirectories(dir.resolve(Integer.toString(port)));
            servers.add(new ProcessBuilder("redis-server", "--port", Integer.toString(port), "--bind", "127.0.0.1",
                    "--cluster-enabled", "yes", "--cluster-config-file", nodeDir.resolve("nodes.conf").toString(),
                    "--cluster-node-timeout", "5000", "--dir", nodeDir.toString(), "--save", "", "--appendonly", "no",
                    "--daemonize", "no", "--logfile", nodeDir.resolve("redis.log").toString())
                    .redirectErrorStream(true).redirectOutput(nodeDir.resolve("stdout.log").toFile()).start());
        }
        for (int port : ports) {
            awaitOutput(port, "PONG", "PING");
        }
    }

    private void create() throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("redis-cli", "--cluster", "create"));
        ports.forEach(p -> command.add("127.0.0.1:" + p));
        command.addAll(List.of("--cluster-replicas", "1", "--cluster-yes"));
        run(command);
    }

    private void awaitState() throws IOException, InterruptedException {
        for (int port : ports) {
            awaitOutput(port, "cluster_state:ok", "CLUSTER", "INFO");
        }
    }

    /** Polls until the node's answer contains {@code expected}; real processes take real time to get there. */
    public void awaitOutput(int port, String expected, String... args) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + READY.toNanos();
        String last = "";
        while (System.nanoTime() < deadline) {
            try {
                last = cli(port, args);
                if (last.contains(expected)) {
                    return;
                }
            } catch (IllegalStateException notYet) {
                last = notYet.getMessage();
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("node " + port + " never answered " + expected + " to " + String.join(" ", args) + ": " + last);
    }

    private static String run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IllegalStateException(command.get(0) + " failed: " + output.strip());
        }
        return output;
    }

    /** Free loopback ports whose cluster bus port (+10000) is free too. */
    private static List<Integer> freePorts() throws IOException {
        List<Integer> found = new ArrayList<>();
        List<ServerSocket> held = new ArrayList<>();
        try {
            while (found.size() < NODES) {
                ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
                held.add(socket);
                int port = socket.getLocalPort();
                if (port + 10_000 <= 65_535 && free(port + 10_000)) {
                    found.add(port);
                }
            }
        } finally {
            for (ServerSocket socket : held) {
                socket.close();
            }
        }
        return found;
    }

    private static boolean free(int port) {
        try (ServerSocket ignored = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public void close() {
        servers.forEach(Process::destroy);
        for (Process server : servers) {
            try {
                if (!server.waitFor(10, TimeUnit.SECONDS)) {
                    server.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                server.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
