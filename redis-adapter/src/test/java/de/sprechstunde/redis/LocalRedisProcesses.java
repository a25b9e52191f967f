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
import java.util.stream.Stream;

/**
 * {@code redis-server} processes for tests, each in its own directory under one temporary
 * directory, on loopback; {@link #close} stops them all and deletes the directory.
 */
final class LocalRedisProcesses implements AutoCloseable {

    private static final Duration READY = Duration.ofSeconds(60);

    private final Path dir;
    private final List<Process> servers = new ArrayList<>();

    LocalRedisProcesses(String name) throws IOException {
        this.dir = Files.createTempDirectory(name + "-");
    }

    Path dir() {
        return dir;
    }

    /** Starts {@code redis-server [config file] --port port --dir <its directory> …extra} and waits for PONG. */
    void start(Path configFile, int port, String... extra) throws IOException, InterruptedException {
        Path nodeDir = Files.createDirectories(dir.resolve(Integer.toString(port)));
        List<String> command = new ArrayList<>(List.of("redis-server"));
        if (configFile != null) {
            command.add(configFile.toString());
        }
        command.addAll(List.of("--port", Integer.toString(port), "--bind", "127.0.0.1", "--dir", nodeDir.toString(),
                "--save", "", "--appendonly", "no", "--daemonize", "no", "--logfile", nodeDir.resolve("redis.log").toString()));
        command.addAll(List.of(extra));
        servers.add(new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(nodeDir.resolve("stdout.log").toFile()).start());
        awaitOutput(port, "PONG", "PING");
    }

    /** What {@code redis-cli -p port args…} prints; fails when it exits non-zero. */
    String cli(int port, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("redis-cli", "-h", "127.0.0.1", "-p", Integer.toString(port)));
        command.addAll(List.of(args));
        return run(command);
    }

    /** Polls until the node's answer contains {@code expected}; real processes take real time to get there. */
    void awaitOutput(int port, String expected, String... args) throws IOException, InterruptedException {
        if (!answers(port, expected, READY, args)) {
            throw new IllegalStateException("node " + port + " never answered " + expected + " to " + String.join(" ", args));
        }
    }

    /** Whether the node's answer to {@code args} contains {@code expected} within the given time. */
    boolean answers(int port, String expected, Duration within, String... args) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        do {
            try {
                if (cli(port, args).contains(expected)) {
                    return true;
                }
            } catch (IllegalStateException notYet) {
                // not started yet, or busy: ask again
            }
            Thread.sleep(100);
        } while (System.nanoTime() < deadline);
        return false;
    }

    static String run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IllegalStateException(command.get(0) + " failed: " + output.strip());
        }
        return output;
    }

    /** Free loopback ports whose cluster bus port (+10000) is free too. */
    static List<Integer> freePorts(int count) throws IOException {
        List<Integer> found = new ArrayList<>();
        List<ServerSocket> held = new ArrayList<>();
        try {
            while (found.size() < count) {
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
