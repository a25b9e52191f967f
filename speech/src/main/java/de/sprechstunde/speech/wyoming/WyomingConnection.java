package de.sprechstunde.speech.wyoming;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.time.Instant;

/** One TCP connection to a Wyoming server. Used by one thread at a time (the pool hands it out). */
final class WyomingConnection implements Closeable {

    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;
    private final WyomingCodec codec;
    private Instant idleSince;
    private int exchanges;

    private WyomingConnection(Socket socket, WyomingCodec codec, Instant now) throws IOException {
        this.socket = socket;
        this.in = new BufferedInputStream(socket.getInputStream());
        this.out = new BufferedOutputStream(socket.getOutputStream());
        this.codec = codec;
        this.idleSince = now;
    }

    static WyomingConnection open(String host, int port, Duration connectTimeout, Duration readTimeout, WyomingCodec codec,
                                  Instant now) throws IOException {
        Socket socket = new Socket();
        try {
            socket.connect(new InetSocketAddress(host, port), (int) connectTimeout.toMillis());
            socket.setSoTimeout((int) readTimeout.toMillis());
            socket.setTcpNoDelay(true);
            return new WyomingConnection(socket, codec, now);
        } catch (IOException e) {
            socket.close();
            throw e;
        }
    }

    void send(WyomingEvent event) throws IOException {
        codec.write(out, event);
    }

    /** The next event; {@link EOFException} when the server closed the connection. */
    WyomingEvent receive() throws IOException {
        return codec.read(in).orElseThrow(() -> new EOFException("the server closed the connection"));
    }

    /** Whether an earlier exchange completed over this connection (the server may have closed it since). */
    boolean reusedBefore() {
        return exchanges > 0;
    }

    /** Marks an exchange as complete and the connection idle from {@code now}. */
    void idleSince(Instant now) {
        exchanges++;
        idleSince = now;
    }

    Instant idleSince() {
        return idleSince;
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException ignored) {
            // closing a broken socket has nothing left to tell
        }
    }
}
