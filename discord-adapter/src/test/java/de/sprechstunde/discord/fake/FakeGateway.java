package de.sprechstunde.discord.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.zip.Deflater;
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;

/**
 * Discord's gateway for JDA: HELLO on connect, READY (and GUILD_CREATE for its guilds) after
 * IDENTIFY, RESUMED after RESUME, heartbeat ACKs, and dispatches on demand. Speaks JSON text
 * frames, or a zlib-stream (one deflate context per connection, each payload ending in a sync
 * flush) when the client asks for {@code compress=zlib-stream}, as JDA does by default. Routes
 * dispatches to the shard Discord would use. Records what the client sent.
 */
public final class FakeGateway extends WebSocketServer {

    private final CountDownLatch started = new CountDownLatch(1);
    private final Map<WebSocket, Session> sessions = new ConcurrentHashMap<>();
    private final List<JsonNode> received = new CopyOnWriteArrayList<>();
    private final List<String> connectUrls = new CopyOnWriteArrayList<>();
    private final AtomicInteger sequence = new AtomicInteger();
    /** Every dispatch sent, for replaying what a resuming client missed. */
    private final List<Sent> history = new CopyOnWriteArrayList<>();

    private record Sent(int sequence, String text) {
    }
    private final Supplier<List<ObjectNode>> guilds;

    /** One client connection and, after IDENTIFY or RESUME, the shard it serves. */
    private static final class Session {
        final Deflater deflater;
        volatile int shard = -1;
        volatile int shardTotal = 1;

        Session(boolean compressed) {
            this.deflater = compressed ? new Deflater() : null;
        }
    }

    /** @param guilds the GUILD_CREATE payloads to send after READY, read at each login */
    public FakeGateway(Supplier<List<ObjectNode>> guilds) {
        super(new InetSocketAddress("127.0.0.1", 0));
        this.guilds = guilds;
        setReuseAddr(true);
        setDaemon(true);
    }

    public void startAndWait() {
        start();
        try {
            if (!started.await(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("fake gateway did not start");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public String url() {
        return "ws://127.0.0.1:" + getPort() + "/";
    }

    @Override
    public void onStart() {
        started.countDown();
    }

    @Override
    public void onOpen(WebSocket socket, ClientHandshake handshake) {
        connectUrls.add(handshake.getResourceDescriptor());
        sessions.put(socket, new Session(handshake.getResourceDescriptor().contains("compress=zlib-stream")));
        send(socket, "{\"op\":10,\"d\":{\"heartbeat_interval\":41250}}");
    }

    @Override
    public void onMessage(WebSocket socket, String text) {
        JsonNode payload = readTree(text);
        received.add(payload);
        Session session = sessions.get(socket);
        switch (payload.path("op").asInt()) {
            case 1 -> send(socket, "{\"op\":11}");
            case 2 -> identify(socket, session, payload.path("d"));
            case 6 -> resume(socket, session, payload.path("d").path("seq").asInt());
            default -> { }
        }
    }

    @Override
    public void onMessage(WebSocket socket, ByteBuffer bytes) {
        onMessage(socket, StandardCharsets.UTF_8.decode(bytes).toString());
    }

    private void identify(WebSocket socket, Session session, JsonNode identify) {
        JsonNode shard = identify.path("shard");
        session.shard = shard.isArray() ? shard.get(0).asInt() : 0;
        session.shardTotal = shard.isArray() ? shard.get(1).asInt() : 1;
        ObjectNode ready = Payloads.load("ready");
        ready.put("resume_gateway_url", url());
        List<ObjectNode> mine = guilds.get().stream().filter(g -> shardOf(g.path("id").asText(), session.shardTotal) == session.shard).toList();
        mine.forEach(g -> ready.withArray("guilds").addObject().put("id", g.path("id").asText()).put("unavailable", true));
        if (shard.isArray()) {
            ready.putArray("shard").add(session.shard).add(session.shardTotal);
        }
        send(socket, dispatchText("READY", ready));
        mine.forEach(g -> send(socket, dispatchText("GUILD_CREATE", g)));
    }

    /** Like Discord: replays every dispatch after the client's last sequence number, then RESUMED. */
    private void resume(WebSocket socket, Session session, int lastSeen) {
        session.shard = Math.max(session.shard, 0);
        history.stream().filter(sent -> sent.sequence() > lastSeen).forEach(sent -> send(socket, sent.text()));
        send(socket, dispatchText("RESUMED", Payloads.JSON.createObjectNode()));
    }

    private final Map<String, JsonNode> lastDispatched = new ConcurrentHashMap<>();

    /** Sends the last event of this type again, as Discord does when it is unsure it was delivered. */
    public void redeliverLast(String type) {
        dispatch(type, lastDispatched.get(type));
    }

    /** Sends an event the way Discord would: to the shard of its guild, DMs to shard 0. */
    public void dispatch(String type, JsonNode data) {
        lastDispatched.put(type, data);
        String guildId = data.path("guild_id").asText("");
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(deadline)) {
            for (Map.Entry<WebSocket, Session> entry : sessions.entrySet()) {
                Session session = entry.getValue();
                boolean mine = session.shard >= 0
                        && (guildId.isEmpty() ? session.shard == 0 : shardOf(guildId, session.shardTotal) == session.shard);
                if (mine && entry.getKey().isOpen()) {
                    send(entry.getKey(), dispatchText(type, data));
                    return;
                }
            }
            Waiting.pause();
        }
        throw new AssertionError("no gateway session to dispatch " + type + " to");
    }

    /** Drops every connection without a close frame, as a network failure would. */
    public void dropConnections() {
        sessions.keySet().forEach(socket -> socket.closeConnection(1006, "fake network failure"));
    }

    public List<JsonNode> received(int op) {
        return received.stream().filter(p -> p.path("op").asInt() == op).toList();
    }

    public List<String> connectUrls() {
        return List.copyOf(connectUrls);
    }

    /** Waits until the client sent {@code count} payloads with the op code. */
    public List<JsonNode> awaitReceived(int op, int count, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (received(op).size() < count) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("gateway got " + received(op).size() + " op " + op + " payload(s), expected " + count);
            }
            Waiting.pause();
        }
        return received(op);
    }

    static int shardOf(String guildId, int total) {
        return (int) ((Long.parseLong(guildId) >> 22) % total);
    }

    private String dispatchText(String type, JsonNode data) {
        ObjectNode payload = Payloads.JSON.createObjectNode();
        int seq = sequence.incrementAndGet();
        payload.put("op", 0).put("s", seq).put("t", type).set("d", data);
        String text = Payloads.text(payload);
        history.add(new Sent(seq, text));
        return text;
    }

    private void send(WebSocket socket, String text) {
        Session session = sessions.get(socket);
        if (session == null || session.deflater == null) {
            socket.send(text);
            return;
        }
        synchronized (session) {
            session.deflater.setInput(text.getBytes(StandardCharsets.UTF_8));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            int written;
            do {
                written = session.deflater.deflate(buffer, 0, buffer.length, Deflater.SYNC_FLUSH);
                out.write(buffer, 0, written);
            } while (written == buffer.length);
            socket.send(out.toByteArray());
        }
    }

    @Override
    public void onClose(WebSocket socket, int code, String reason, boolean remote) {
        Session session = sessions.remove(socket);
        if (session != null && session.deflater != null) {
            session.deflater.end();
        }
    }

    @Override
    public void onError(WebSocket socket, Exception error) {
        if (socket == null) {
            started.countDown();
        }
    }

    public void stopQuietly() {
        try {
            stop(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static JsonNode readTree(String text) {
        try {
            return Payloads.JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
