package de.sprechstunde.deploy.state;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * A {@code redis-server} process of the test's own on a free port, without persistence, so a test
 * can stop and restart Redis without touching the machine's shared one.
 */
public final class OwnRedisServer implements AutoCloseable {

    private final int port;
    private Process process;

    public OwnRedisServer(int port) {
        this.port = port;
    }

    public String url() {
        return "redis://127.0.0.1:" + port;
    }

    public OwnRedisServer start() throws InterruptedException {
        try {
            process = new ProcessBuilder("redis-server", "--port", Integer.toString(port), "--bind", "127.0.0.1",
                    "--save", "", "--appendonly", "no")
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            throw new UncheckedIOException("redis-server is not installed (apt-get install redis-server)", e);
        }
        if (!LocalServers.eventually(Duration.ofSeconds(20), this::answersPing)) {
            throw new IllegalStateException("redis-server on port " + port + " did not start");
        }
        return this;
    }

    public void stop() throws InterruptedException {
        if (process != null) {
            process.destroyForcibly();
            process.waitFor();
            process = null;
        }
    }

    private boolean answersPing() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
            socket.getOutputStream().write("PING\r\n".getBytes(StandardCharsets.US_ASCII));
            byte[] reply = new byte[7];
            return socket.getInputStream().read(reply) > 0 && new String(reply, StandardCharsets.US_ASCII).startsWith("+PONG");
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public void close() throws InterruptedException {
        stop();
    }
}
