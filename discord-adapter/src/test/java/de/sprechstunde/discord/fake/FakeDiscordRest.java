package de.sprechstunde.discord.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import de.sprechstunde.core.testing.MultipartForm;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Discord's REST API as far as the tutor uses it, on the JDK's HTTP server: it answers with
 * message and channel objects shaped like Discord's, serves attachments, can be told to answer a
 * call with a 429 or a 403 once, and records every call for the test to assert on.
 */
public final class FakeDiscordRest implements AutoCloseable {

    private static final String API = "/api/v10/";
    private static final Pattern WEBHOOK_EDIT = Pattern.compile("webhooks/\\d+/([^/]+)/messages/(@original|\\d+)");
    private static final Pattern CHANNEL_PATH = Pattern.compile("channels/(\\d+)/.*");

    private final HttpServer server;
    private final ExecutorService executor = Executors.newFixedThreadPool(4);
    private final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();
    private final Map<String, byte[]> attachments = new ConcurrentHashMap<>();
    private final Map<String, String> interactionChannels = new ConcurrentHashMap<>();
    private final Deque<ScriptedFailure> failures = new ConcurrentLinkedDeque<>();
    private final Map<String, Map<String, String>> shown = new java.util.HashMap<>();
    private final AtomicLong ids = new AtomicLong(900_000_000_000_000_000L);
    private volatile String gatewayUrl = "wss://gateway.discord.gg";
    private volatile java.util.function.Consumer<ObjectNode> threadCreated = thread -> { };

    /** One call to answer with an error instead of success. */
    private record ScriptedFailure(String method, String pathRegex, int status, Map<String, String> headers, String body) {
    }

    private record Slowness(String method, String pathRegex, Duration delay) {
    }

    private volatile Slowness slow = new Slowness("", "", Duration.ZERO);

    public FakeDiscordRest() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + API;
    }

    public String attachmentUrl(String name) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/attachments/" + name;
    }

    public void serveAttachment(String name, byte[] bytes) {
        attachments.put(name, bytes);
    }

    void gatewayUrl(String url) {
        this.gatewayUrl = url;
    }

    /** Discord announces a new thread on the gateway too (THREAD_CREATE). */
    void onThreadCreated(java.util.function.Consumer<ObjectNode> listener) {
        this.threadCreated = listener;
    }

    void interactionChannel(String token, String channelId) {
        interactionChannels.put(token, channelId);
    }

    /** The next call matching answers 429 "You are being rate limited" with Discord's headers. */
    public void rateLimitNext(String method, String pathRegex, double retryAfterSeconds) {
        failures.add(new ScriptedFailure(method, pathRegex, 429, Map.of(
                "Retry-After", String.valueOf((int) Math.ceil(retryAfterSeconds)),
                "X-RateLimit-Scope", "user", "X-RateLimit-Global", "false", "Via", "1.1 google"),
                "{\"message\":\"You are being rate limited.\",\"retry_after\":" + retryAfterSeconds + ",\"global\":false}"));
    }

    /** The next call matching answers 403 Missing Permissions (Discord error 50013). */
    public void forbidNext(String method, String pathRegex) {
        failures.add(new ScriptedFailure(method, pathRegex, 403, Map.of(),
                "{\"message\":\"Missing Permissions\",\"code\":50013}"));
    }

    /** The next call matching answers 403 Cannot send messages to this user (Discord error 50007: DMs closed). */
    public void closedDmsNext(String method, String pathRegex) {
        failures.add(new ScriptedFailure(method, pathRegex, 403, Map.of(),
                "{\"message\":\"Cannot send messages to this user\",\"code\":50007}"));
    }

    /** The next {@code times} calls matching answer {@code status} (a 5xx: Discord's or Cloudflare's trouble). */
    public void failNext(String method, String pathRegex, int status, int times) {
        for (int i = 0; i < times; i++) {
            failures.add(new ScriptedFailure(method, pathRegex, status, Map.of(), "{\"message\":\"" + status + ": Server Error\",\"code\":0}"));
        }
    }

    /** The next {@code times} calls matching answer 200 with an HTML page, no Discord answer (a broken proxy in between). */
    public void answerGarbageNext(String method, String pathRegex, int times) {
        for (int i = 0; i < times; i++) {
            failures.add(new ScriptedFailure(method, pathRegex, 200, Map.of(), "<html><body>upstream says hi</body></html>"));
        }
    }

    /** Every call matching waits this long before it is answered (a slow Discord); {@link Duration#ZERO} ends it. */
    public void slowDown(String method, String pathRegex, Duration delay) {
        slow = new Slowness(method, pathRegex, delay);
    }

    /** What a channel shows now: the bot's messages by id (oldest first) with their current content. */
    public Map<String, String> channelMessages(String channelId) {
        synchronized (shown) {
            return new java.util.LinkedHashMap<>(shown.getOrDefault(channelId, Map.of()));
        }
    }

    public List<RecordedRequest> requests() {
        return List.copyOf(requests);
    }

    public List<RecordedRequest> requests(String method, String pathRegex) {
        return requests.stream().filter(r -> r.is(method, pathRegex)).toList();
    }

    /** Waits until a call matching {@code condition} was recorded and returns the first such call. */
    public RecordedRequest await(Predicate<RecordedRequest> condition, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            for (RecordedRequest request : requests) {
                if (condition.test(request)) {
                    return request;
                }
            }
            Waiting.pause();
        }
        throw new AssertionError("no matching REST call within " + timeout.toSeconds() + " s; calls were:\n" + describe());
    }

    public String describe() {
        StringBuilder text = new StringBuilder();
        requests.forEach(r -> text.append("  ").append(r).append('\n'));
        return text.toString();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String rawPath = exchange.getRequestURI().getPath();
            if (rawPath.startsWith("/attachments/")) {
                serveFile(exchange, rawPath.substring("/attachments/".length()));
                return;
            }
            RecordedRequest request = record(exchange, rawPath.startsWith(API) ? rawPath.substring(API.length()) : rawPath);
            Slowness slowness = slow;
            if (request.is(slowness.method(), slowness.pathRegex())) {
                Waiting.sleep(slowness.delay());
            }
            ScriptedFailure failure = takeFailure(request);
            if (failure != null) {
                failure.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
                respond(exchange, failure.status(), failure.body());
                return;
            }
            route(exchange, request);
        } catch (RuntimeException e) {
            e.printStackTrace();
            respond(exchange, 500, "{\"message\":\"fake failed: " + e + "\",\"code\":0}");
        }
    }

    private void route(HttpExchange exchange, RecordedRequest r) throws IOException {
        String path = r.path();
        if (r.is("GET", "users/@me")) {
            respond(exchange, 200, Payloads.text(Payloads.load("user_me")));
        } else if (r.is("GET", "gateway/bot")) {
            ObjectNode gateway = Payloads.load("gateway_bot");
            gateway.put("url", gatewayUrl);
            respond(exchange, 200, Payloads.text(gateway));
        } else if (r.is("PUT", "applications/\\d+/commands")) {
            ArrayNode commands = (ArrayNode) r.json();
            for (JsonNode command : commands) {
                ((ObjectNode) command).put("id", String.valueOf(ids.incrementAndGet()))
                        .put("application_id", Payloads.BOT_ID).put("version", String.valueOf(ids.incrementAndGet()));
            }
            respond(exchange, 200, Payloads.text(commands));
        } else if (r.is("POST", "channels/\\d+/messages")) {
            ObjectNode posted = message(channelOf(path), String.valueOf(ids.incrementAndGet()), r);
            show(posted);
            respond(exchange, 200, Payloads.text(posted));
        } else if (r.is("PATCH", "channels/\\d+/messages/\\d+")) {
            ObjectNode edited = message(channelOf(path), path.substring(path.lastIndexOf('/') + 1), r);
            show(edited);
            respond(exchange, 200, Payloads.text(edited));
        } else if (r.is("DELETE", "channels/\\d+/messages/\\d+")) {
            synchronized (shown) {
                shown.getOrDefault(channelOf(path), new java.util.HashMap<>()).remove(path.substring(path.lastIndexOf('/') + 1));
            }
            respond(exchange, 204, null);
        } else if (r.is("POST", "channels/\\d+/typing") || r.is("PUT", "channels/\\d+/thread-members/\\d+")
                || r.is("POST", "interactions/\\d+/[^/]+/callback") || r.is("DELETE", "webhooks/.*")) {
            respond(exchange, 204, null);
        } else if (r.is("POST", "channels/\\d+/threads")) {
            ObjectNode thread = Payloads.load("thread_channel");
            thread.put("id", String.valueOf(ids.incrementAndGet())).put("parent_id", channelOf(path))
                    .put("name", r.json().path("name").asText("thread"));
            respond(exchange, 200, Payloads.text(thread));
            ObjectNode announced = thread.deepCopy();
            announced.put("newly_created", true);
            threadCreated.accept(announced);
        } else if (r.is("POST", "webhooks/\\d+/[^/]+")) {
            String token = path.substring(path.lastIndexOf('/') + 1);
            respond(exchange, 200, Payloads.text(message(interactionChannels.getOrDefault(token, "0"), String.valueOf(ids.incrementAndGet()), r)));
        } else if (r.is("PATCH", WEBHOOK_EDIT.pattern())) {
            Matcher m = WEBHOOK_EDIT.matcher(path);
            m.matches();
            String id = m.group(2).equals("@original") ? String.valueOf(ids.incrementAndGet()) : m.group(2);
            respond(exchange, 200, Payloads.text(message(interactionChannels.getOrDefault(m.group(1), "0"), id, r)));
        } else if (r.is("POST", "users/@me/channels")) {
            String user = r.json().path("recipient_id").asText();
            ObjectNode dm = Payloads.JSON.createObjectNode().put("id", "8" + user).put("type", 1).putNull("last_message_id");
            dm.putArray("recipients").add(Payloads.user(user, "learner" + user));
            respond(exchange, 200, Payloads.text(dm));
        } else if (r.is("GET", "users/\\d+")) {
            respond(exchange, 200, Payloads.text(Payloads.user(path.substring("users/".length()), "Learner")));
        } else {
            respond(exchange, 404, "{\"message\":\"404: Not Found\",\"code\":0}");
        }
    }

    private void show(ObjectNode message) {
        synchronized (shown) {
            shown.computeIfAbsent(message.path("channel_id").asText(), c -> new java.util.LinkedHashMap<>())
                    .put(message.path("id").asText(), message.path("content").asText(""));
        }
    }

    /** A message object like Discord returns for a create or edit: the sent content, the bot as author. */
    private ObjectNode message(String channelId, String id, RecordedRequest r) {
        ObjectNode message = Payloads.load("message_create");
        JsonNode sent = r.json() == null ? Payloads.JSON.createObjectNode() : r.json();
        message.put("id", id).put("channel_id", channelId).put("content", sent.path("content").asText(""))
                .put("flags", sent.path("flags").asInt(0));
        message.set("author", Payloads.load("user_me"));
        ArrayNode attachments = message.putArray("attachments");
        for (JsonNode attachment : sent.path("attachments")) {
            String file = attachment.path("filename").asText();
            ObjectNode stored = attachments.addObject().put("id", String.valueOf(ids.incrementAndGet())).put("filename", file)
                    .put("size", r.part("files[" + attachment.path("id").asText() + "]").map(p -> p.body().length).orElse(0))
                    .put("url", attachmentUrl(file)).put("proxy_url", attachmentUrl(file));
            if (attachment.has("waveform")) {
                stored.put("content_type", "audio/ogg").put("waveform", attachment.get("waveform").asText())
                        .put("duration_secs", attachment.get("duration_secs").asDouble());
            }
        }
        if (sent.has("components")) {
            message.set("components", sent.get("components"));
        }
        return message;
    }

    private RecordedRequest record(HttpExchange exchange, String path) throws IOException {
        byte[] body = exchange.getRequestBody().readAllBytes();
        Map<String, String> headers = new TreeMap<>();
        exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), String.join(",", values)));
        String type = headers.getOrDefault("content-type", "");
        JsonNode json = null;
        List<RecordedRequest.Part> parts = new ArrayList<>();
        if (type.startsWith("multipart/form-data")) {
            for (MultipartForm.Part part : MultipartForm.parse(type, body)) {
                String partType = part.contentType() == null ? "text/plain" : part.contentType();
                parts.add(new RecordedRequest.Part(part.name(), part.fileName(), partType, part.content()));
            }
            for (RecordedRequest.Part part : parts) {
                if ("payload_json".equals(part.name())) {
                    json = Payloads.JSON.readTree(part.body());
                }
            }
        } else if (body.length > 0) {
            json = Payloads.JSON.readTree(body);
        }
        String query = exchange.getRequestURI().getRawQuery();
        RecordedRequest request = new RecordedRequest(exchange.getRequestMethod(), path, query == null ? "" : query, headers, json, parts);
        requests.add(request);
        return request;
    }

    private ScriptedFailure takeFailure(RecordedRequest request) {
        for (ScriptedFailure failure : failures) {
            if (request.is(failure.method(), failure.pathRegex()) && failures.remove(failure)) {
                return failure;
            }
        }
        return null;
    }

    private void serveFile(HttpExchange exchange, String name) throws IOException {
        requests.add(new RecordedRequest("GET", "attachments/" + name, "", Map.of(), null, List.of()));
        byte[] bytes = attachments.get(name);
        if (bytes == null) {
            respond(exchange, 404, "{\"message\":\"404: Not Found\",\"code\":0}");
            return;
        }
        exchange.getResponseHeaders().add("Content-Type", "audio/ogg");
        exchange.sendResponseHeaders(200, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    private static String channelOf(String path) {
        Matcher m = CHANNEL_PATH.matcher(path);
        return m.matches() ? m.group(1) : "0";
    }

    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
        if (body == null) {
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }


    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
