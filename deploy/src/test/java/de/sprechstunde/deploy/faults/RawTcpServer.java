package de.sprechstunde.deploy.faults;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A loopback TCP server that is no real backend, for faults of Redis, MongoDB and Piper that a
 * protocol fake cannot show: {@link #garbage} answers every connection with bytes of no protocol
 * and hangs up; {@link #silent} accepts and never answers (a backend that hangs).
 */
final class RawTcpServer implements AutoCloseable {

    private static final byte[] GARBAGE = "HTTP/1.1 502 Bad Gateway\r\n\r\n<html>\u0000\u00ff\u0013not it</html>\r\n"
            .getBytes(StandardCharsets.ISO_8859_1);

    private final ServerSocket socket;
    private final boolean answers;
    private final List<Socket> held = new CopyOnWriteArrayList<>();
    private final Thread acceptor;

    private RawTcpServer(boolean answers) {
        this.answers = answers;
        try {
            socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        acceptor = new Thread(this::accept, "raw-tcp-" + socket.getLocalPort());
        acceptor.setDaemon(true);
        acceptor.start();
    }

    static RawTcpServer garbage() {
        return new RawTcpServer(true);
    }

    static RawTcpServer silent() {
        return new RawTcpServer(false);
    }

    int port() {
        return socket.getLocalPort();
    }

    private void accept() {
        while (!socket.isClosed()) {
            try {
                Socket client = socket.accept();
                if (answers) {
                    try (client; OutputStream out = client.getOutputStream()) {
                        out.write(GARBAGE);
                    } catch (IOException ignored) {
                        // the client hung up first
                    }
                } else {
                    held.add(client);
                }
            } catch (IOException e) {
                return;
            }
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
        for (Socket client : held) {
            client.close();
        }
    }
}
