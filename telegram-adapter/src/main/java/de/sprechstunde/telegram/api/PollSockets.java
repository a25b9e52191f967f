package de.sprechstunde.telegram.api;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.net.SocketFactory;

/**
 * Plain sockets for the long-polling client, remembered so that shutdown can close them: that
 * ends a getUpdates call held open by Telegram at once. (Cancelling the OkHttp call would do the
 * same, but telegrambots logs a cancelled poll as an ERROR with a stack trace.) Thread-safe.
 */
final class PollSockets extends SocketFactory {

    private final SocketFactory plain = SocketFactory.getDefault();
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();

    void closeAll() {
        for (Socket socket : open) {
            try {
                socket.close();
            } catch (IOException e) {
                // closing is all we wanted
            }
        }
        open.clear();
    }

    private Socket track(Socket socket) {
        open.removeIf(Socket::isClosed);
        open.add(socket);
        return socket;
    }

    @Override
    public Socket createSocket() throws IOException {
        return track(plain.createSocket());
    }

    @Override
    public Socket createSocket(String host, int port) throws IOException {
        return track(plain.createSocket(host, port));
    }

    @Override
    public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
        return track(plain.createSocket(host, port, localHost, localPort));
    }

    @Override
    public Socket createSocket(InetAddress host, int port) throws IOException {
        return track(plain.createSocket(host, port));
    }

    @Override
    public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort) throws IOException {
        return track(plain.createSocket(address, port, localAddress, localPort));
    }
}
