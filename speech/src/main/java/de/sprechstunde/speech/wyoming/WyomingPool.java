package de.sprechstunde.speech.wyoming;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Keeps a few idle connections to one Wyoming server for reuse, so each sentence does not pay a
 * TCP handshake. Connections idle longer than {@code maxIdle} are closed instead of reused.
 * Thread-safe.
 */
final class WyomingPool implements AutoCloseable {

    private static final int MAX_IDLE_CONNECTIONS = 4;

    private final String host;
    private final int port;
    private final Duration connectTimeout;
    private final Duration readTimeout;
    private final Duration maxIdle;
    private final Clock clock;
    private final WyomingCodec codec = new WyomingCodec();
    private final Deque<WyomingConnection> idle = new ArrayDeque<>();
    private boolean closed;

    WyomingPool(String host, int port, Duration connectTimeout, Duration readTimeout, Duration maxIdle, Clock clock) {
        this.host = host;
        this.port = port;
        this.connectTimeout = connectTimeout;
        this.readTimeout = readTimeout;
        this.maxIdle = maxIdle;
        this.clock = clock;
    }

    /** An idle connection, or a new one. */
    WyomingConnection borrow() throws IOException {
        synchronized (this) {
            while (!idle.isEmpty()) {
                WyomingConnection connection = idle.pollLast();
                if (connection.idleSince().plus(maxIdle).isAfter(clock.instant())) {
                    return connection;
                }
                connection.close();
            }
        }
        return WyomingConnection.open(host, port, connectTimeout, readTimeout, codec, clock.instant());
    }

    /** Hands back a connection that finished its exchange cleanly. */
    void release(WyomingConnection connection) {
        synchronized (this) {
            if (!closed && idle.size() < MAX_IDLE_CONNECTIONS) {
                connection.idleSince(clock.instant());
                idle.addLast(connection);
                return;
            }
        }
        connection.close();
    }

    /** Closes a connection whose state is unknown (error, timeout, broken framing). */
    void discard(WyomingConnection connection) {
        connection.close();
    }

    String address() {
        return host + ":" + port;
    }

    @Override
    public synchronized void close() {
        closed = true;
        idle.forEach(WyomingConnection::close);
        idle.clear();
    }
}
