package de.sprechstunde.telegram.fake;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import de.sprechstunde.core.concurrent.DaemonThreads;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Predicate;

/**
 * A local Telegram Bot API: {@code /bot<token>/<method>} (method names in any case) with JSON or
 * multipart bodies, long polls held open until an update is queued or the timeout passes,
 * {@code getFile} and {@code /file/bot<token>/<path>}, and scripted failures. Chat methods are
 * answered by {@link FakeChats}. It records every call so tests can assert order, timing and content.
 */
public final class FakeBotApi implements AutoCloseable {

    public static final String TOKEN = "123456789:AAFakeTokenForTests_only-0123456789ab";
    public static final long BOT_ID = 123456789L;
    public static final String BOT_USERNAME = "SprechstundeBot";

    final ObjectMapper json = new ObjectMapper();
    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool(DaemonThreads.named("fake-bot-api"));
    private final List<RecordedCall> calls = new CopyOnWriteArrayList<>();
    private final Map<String, Deque<FakeFailure>> failures = new HashMap<>();
    private final Map<String, FakeFailure> outages = new HashMap<>();
    private final Map<String, Duration> delays = new ConcurrentHashMap<>();
    private final FakeUpdates updates = new FakeUpdates(json);
    private final FakeChats chats = new FakeChats(this);
    private final Map<String, byte[]> filesByPath = new ConcurrentHashMap<>();
    private final Map<String, String> pathsById = new ConcurrentHashMap<>();
    private final Map<String, Long> sizesById = new ConcurrentHashMap<>();
    private volatile boolean knowsDrafts = true;

    public FakeBotApi() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(threads);
        server.createContext("/", this::handle);
        server.start();
    }

    public URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** Queues an update (its update_id is assigned here) and wakes a waiting long poll. */
    public int enqueue(ObjectNode update) {
        return updates.enqueue(update);
    }

    /** The highest offset a getUpdates call has confirmed so far. */
    public long confirmedOffset() {
        return updates.confirmedOffset();
    }

    /** Serves {@code bytes} as a file: {@code getFile(fileId)} answers {@code path}. */
    public void file(String fileId, String path, byte[] bytes) {
        pathsById.put(fileId, path);
        filesByPath.put(path, bytes);
    }

    /** {@code getFile(fileId)} answers {@code path} and {@code size}, but the file itself is gone (404). */
    public void vanishedFile(String fileId, String path, long size) {
        pathsById.put(fileId, path);
        sizesById.put(fileId, size);
    }

    /** The next call of {@code method} (any case) fails like this; several queue in order. */
    public synchronized void failNext(String method, FakeFailure failure) {
        failures.computeIfAbsent(method.toLowerCase(Locale.ROOT), m -> new ArrayDeque<>()).add(failure);
    }

    /** The next {@code times} calls of {@code method} fail like this, then it works again. */
    public synchronized void failNext(String method, FakeFailure failure, int times) {
        for (int i = 0; i < times; i++) {
            failNext(method, failure);
        }
    }

    /** Every call of {@code method} fails like this until {@link #recover}; scripted single failures come first. */
    public synchronized void failAlways(String method, FakeFailure failure) {
        outages.put(method.toLowerCase(Locale.ROOT), failure);
    }

    /** Every call of {@code method} waits this long before it is answered (a slow Bot API); zero ends it. */
    public void slowDown(String method, Duration delay) {
        delays.put(method.toLowerCase(Locale.ROOT), delay);
    }

    /** Ends {@link #failAlways} for {@code method}. */
    public synchronized void recover(String method) {
        outages.remove(method.toLowerCase(Locale.ROOT));
    }

    /** Answers sendMessageDraft like a Bot API server older than 9.5: 404 Not Found. */
    public void forgetDrafts() {
        knowsDrafts = false;
    }

    public List<RecordedCall> calls() {
        return List.copyOf(calls);
    }

    public List<RecordedCall> calls(String method) {
        return calls.stream().filter(call -> call.is(method)).toList();
    }

    /** Waits (polling, generous timeout) until {@code count} matching calls were received. */
    public List<RecordedCall> await(Predicate<RecordedCall> matching, int count, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (true) {
            List<RecordedCall> found = calls.stream().filter(matching).toList();
            if (found.size() >= count || Instant.now().isAfter(deadline)) {
                if (found.size() < count) {
                    throw new AssertionError("expected " + count + " matching calls, got " + found.size() + ": " + calls);
                }
                return found;
            }
            sleep(20);
        }
    }

    /** Waits until the chat's messages (visible texts, oldest first) satisfy {@code condition}. */
    public List<String> awaitChat(long chatId, Predicate<List<String>> condition) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (!condition.test(chats.texts(chatId))) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("chat " + chatId + " never showed what was expected; it shows " + chats.texts(chatId)
                        + "\ncalls: " + calls);
            }
            sleep(20);
        }
        return chats.texts(chatId);
    }

    public List<RecordedCall> await(String method, int count) {
        return await(call -> call.is(method), count, Duration.ofSeconds(20));
    }

    public FakeChats chats() {
        return chats;
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getRawPath();
            if (path.startsWith("/file/bot")) {
                serveFile(exchange, path.substring("/file/bot".length()));
                return;
            }
            String[] segments = path.split("/", 3);
            if (segments.length < 3 || !segments[1].equals("bot" + TOKEN)) {
                answer(exchange, 401, "{\"ok\":false,\"error_code\":401,\"description\":\"Unauthorized\"}");
                return;
            }
            String method = segments[2];
            RecordedCall call = FakeRequests.read(exchange, method, json);
            calls.add(call);
            sleep(delays.getOrDefault(method.toLowerCase(Locale.ROOT), Duration.ZERO).toMillis());
            FakeFailure failure = nextFailure(method);
            if (failure != null) {
                answer(exchange, failure.status(), failure.body());
                return;
            }
            FakeChats.Answer result = respond(call);
            answer(exchange, result.status(), result.body());
        } catch (RuntimeException e) {
            answer(exchange, 500, "{\"ok\":false,\"error_code\":500,\"description\":\"fake failed: " + e + "\"}");
        }
    }

    private FakeChats.Answer respond(RecordedCall call) throws IOException {
        return switch (call.method().toLowerCase(Locale.ROOT)) {
            case "getupdates" -> FakeChats.ok(updates.poll(call.params()));
            case "getme" -> FakeChats.ok(chats.bot());
            case "deletemessage" -> chats.deleteMessage(call);
            case "deletewebhook", "setwebhook", "setmycommands", "sendchataction", "answercallbackquery" ->
                    FakeChats.ok(json.getNodeFactory().booleanNode(true));
            case "getfile" -> getFile(call.param("file_id"));
            case "sendmessage" -> chats.sendMessage(call);
            case "editmessagetext" -> chats.editMessageText(call);
            case "sendvoice" -> chats.sendVoice(call);
            case "sendphoto" -> chats.sendPhoto(call);
            case "sendmessagedraft" -> knowsDrafts ? chats.sendMessageDraft(call) : notFound();
            default -> notFound();
        };
    }

    /** What the Bot API server answers for a method it does not know. */
    private static FakeChats.Answer notFound() {
        return new FakeChats.Answer(404, "{\"ok\":false,\"error_code\":404,\"description\":\"Not Found\"}");
    }

    private FakeChats.Answer getFile(String fileId) {
        String path = fileId == null ? null : pathsById.get(fileId);
        if (path == null) {
            return FakeChats.badRequest("invalid file_id");
        }
        ObjectNode file = json.createObjectNode().put("file_id", fileId).put("file_unique_id", "u" + fileId.hashCode())
                .put("file_size", filesByPath.containsKey(path) ? filesByPath.get(path).length : sizesById.getOrDefault(fileId, 0L))
                .put("file_path", path);
        return FakeChats.ok(file);
    }

    private void serveFile(HttpExchange exchange, String rest) throws IOException {
        int slash = rest.indexOf('/');
        byte[] bytes = slash > 0 && rest.substring(0, slash).equals(TOKEN) ? filesByPath.get(rest.substring(slash + 1)) : null;
        calls.add(new RecordedCall("file", json.createObjectNode().put("path", slash > 0 ? rest.substring(slash + 1) : rest),
                Map.of(), Instant.now()));
        if (bytes == null) {
            answer(exchange, 404, "Not Found");
            return;
        }
        exchange.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private synchronized FakeFailure nextFailure(String method) {
        Deque<FakeFailure> queue = failures.get(method.toLowerCase(Locale.ROOT));
        FakeFailure scripted = queue == null ? null : queue.pollFirst();
        return scripted != null ? scripted : outages.get(method.toLowerCase(Locale.ROOT));
    }

    private static void answer(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted");
        }
    }

    @Override
    public void close() {
        updates.close();
        server.stop(0);
        threads.shutdownNow();
    }
}
