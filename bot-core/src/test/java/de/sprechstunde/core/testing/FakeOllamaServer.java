package de.sprechstunde.core.testing;

import static de.sprechstunde.core.testing.FakeOllamaPayloads.JSON;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * A local Ollama for tests, on a random loopback port, speaking the real HTTP API: {@code /api/chat}
 * and {@code /api/generate} (NDJSON streams, or one object with {@code "stream":false}; no messages
 * or no prompt only loads the model), {@code /api/tags}, {@code /api/ps}, {@code /api/pull}
 * (streamed status lines), {@code /api/version} and {@code GET /}.
 *
 * <p>It starts with {@value #MAIN_MODEL} and {@value #FAST_MODEL} installed and answers every
 * question with {@link #DEFAULT_ANSWER}, word by word. Switches make it misbehave the way a real
 * Ollama does: a missing model (404), an {@code {"error":…}} line mid-stream, a slow first token or
 * model load, failing requests, failing pulls, refused connections. Every request is recorded in
 * order, with its parsed JSON body, for assertions.
 */
public final class FakeOllamaServer implements AutoCloseable {

    public static final String MAIN_MODEL = "mistral:7b";
    public static final String FAST_MODEL = "llama3.2:3b";
    public static final String DEFAULT_ANSWER = "Hallo! Schön, dass du Deutsch lernst. Wie geht es dir heute?";

    private final ExecutorService handlers = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "fake-ollama");
        thread.setDaemon(true);
        return thread;
    });
    private final List<RecordedOllamaRequest> requests = new CopyOnWriteArrayList<>();
    private final AtomicInteger sequence = new AtomicInteger();
    private final Set<String> installed = ConcurrentHashMap.newKeySet();
    private final Map<String, Loaded> loaded = new ConcurrentHashMap<>();
    private final Map<String, String> answers = new ConcurrentHashMap<>();
    private final Map<String, String> midStreamErrors = new ConcurrentHashMap<>();
    private final Queue<ScriptedError> chatErrors = new ConcurrentLinkedQueue<>();
    private volatile Duration firstTokenDelay = Duration.ZERO;
    private volatile Duration loadDelay = Duration.ZERO;
    private volatile Duration tokenInterval = Duration.ZERO;
    private volatile String pullError;
    private volatile int pullSteps = 20;
    private final int port;
    private HttpServer server;

    private record Loaded(Instant expiresAt, int contextLength) {
    }

    private record ScriptedError(int status, String message) {
    }

    private FakeOllamaServer() throws IOException {
        server = bind(0);
        port = server.getAddress().getPort();
        installed.addAll(List.of(MAIN_MODEL, FAST_MODEL));
    }

    public static FakeOllamaServer start() {
        try {
            return new FakeOllamaServer();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The base URL, e.g. {@code http://127.0.0.1:41234}, for {@code OLLAMA_HOST}. */
    public String url() {
        return "http://" + InetAddress.getLoopbackAddress().getHostAddress() + ":" + port;
    }

    // ---- switches

    /** Installs models (as if pulled). */
    public FakeOllamaServer withModels(String... names) {
        installed.addAll(Arrays.asList(names));
        return this;
    }

    /** Removes a model: chats with it get 404 {@code model 'x' not found} until it is pulled. */
    public FakeOllamaServer withoutModel(String name) {
        installed.remove(name);
        loaded.remove(name);
        return this;
    }

    /** Unloads a model from memory, as when its keep-alive runs out. */
    public FakeOllamaServer unload(String name) {
        loaded.remove(name);
        return this;
    }

    public FakeOllamaServer answering(String model, String answer) {
        answers.put(model, answer);
        return this;
    }

    /** Chats with {@code model} send one token, then an {@code {"error":…}} line, then end. */
    public FakeOllamaServer failingMidStream(String model, String error) {
        midStreamErrors.put(model, error);
        return this;
    }

    /** The next {@code count} questions get {@code status} with {@code {"error":message}}. */
    public FakeOllamaServer failingNextQuestions(int count, int status, String message) {
        for (int i = 0; i < count; i++) {
            chatErrors.add(new ScriptedError(status, message));
        }
        return this;
    }

    /** Waits this long before the headers and the first line of every answer. */
    public FakeOllamaServer slowFirstToken(Duration delay) {
        firstTokenDelay = delay;
        return this;
    }

    /** Loading a model that is not in memory takes this long. */
    public FakeOllamaServer slowLoad(Duration delay) {
        loadDelay = delay;
        return this;
    }

    /** A pause between streamed tokens. */
    public FakeOllamaServer tokenInterval(Duration interval) {
        tokenInterval = interval;
        return this;
    }

    /** Pulls stream {@code pulling manifest}, then {@code {"error":message}}. */
    public FakeOllamaServer failingPulls(String message) {
        pullError = message;
        return this;
    }

    /** How many progress lines the big layer of a pull sends. */
    public FakeOllamaServer pullSteps(int steps) {
        pullSteps = steps;
        return this;
    }

    /** Closes the listening socket: clients get "connection refused" until {@link #acceptConnections()}. */
    public synchronized void refuseConnections() {
        if (server != null) {
            server.stop(0);
            server = null;
        }
    }

    /** Listens again on the same port. */
    public synchronized void acceptConnections() {
        if (server == null) {
            try {
                server = bind(port);
            } catch (IOException e) {
                throw new UncheckedIOException("could not listen on port " + port + " again", e);
            }
        }
    }

    // ---- what it saw

    public List<RecordedOllamaRequest> requests() {
        return List.copyOf(requests);
    }

    /** Chats that asked a question (not preloads). */
    public List<RecordedOllamaRequest> questions() {
        return requests.stream().filter(RecordedOllamaRequest::isQuestion).toList();
    }

    public List<RecordedOllamaRequest> preloads() {
        return requests.stream().filter(RecordedOllamaRequest::isPreload).toList();
    }

    public Set<String> loadedModels() {
        loaded.values().removeIf(model -> model.expiresAt().isBefore(Instant.now()));
        return Set.copyOf(loaded.keySet());
    }

    public Set<String> installedModels() {
        return Set.copyOf(installed);
    }

    /** Waits for a request that matches; fails with everything received when none comes in time. */
    public RecordedOllamaRequest awaitRequest(Predicate<RecordedOllamaRequest> matching, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            for (RecordedOllamaRequest request : requests) {
                if (matching.test(request)) {
                    return request;
                }
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new AssertionError("no matching request within " + timeout + "; received: " + requests);
    }

    @Override
    public void close() {
        refuseConnections();
        handlers.shutdownNow();
    }

    // ---- the API

    private HttpServer bind(int onPort) throws IOException {
        HttpServer bound = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), onPort), 50);
        bound.createContext("/", this::handle);
        bound.setExecutor(handlers);
        bound.start();
        return bound;
    }

    private void handle(HttpExchange exchange) {
        try {
            byte[] raw = exchange.getRequestBody().readAllBytes();
            JsonNode body = raw.length == 0 ? MissingNode.getInstance() : JSON.readTree(raw);
            RecordedOllamaRequest request = new RecordedOllamaRequest(sequence.incrementAndGet(),
                    exchange.getRequestMethod(), exchange.getRequestURI().getPath(), body, Instant.now());
            requests.add(request);
            route(exchange, request);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            quietly(() -> json(exchange, 400, FakeOllamaPayloads.error("invalid character in request body")));
        } catch (IOException | InterruptedException e) {
            // the client went away or the fake is closing
        } finally {
            exchange.close();
        }
    }

    private void route(HttpExchange exchange, RecordedOllamaRequest request) throws IOException, InterruptedException {
        switch (request.method() + " " + request.path()) {
            case "POST /api/chat" -> answer(exchange, request, true);
            case "POST /api/generate" -> answer(exchange, request, false);
            case "GET /api/tags" -> json(exchange, 200, list(installed.stream().sorted()
                    .map(FakeOllamaPayloads::installedModel).toList()));
            case "GET /api/ps" -> json(exchange, 200, list(loadedModels().stream().sorted()
                    .map(name -> FakeOllamaPayloads.runningModel(name, loaded.get(name).expiresAt(),
                            loaded.get(name).contextLength())).toList()));
            case "POST /api/pull" -> pull(exchange, request.model());
            case "GET /api/version" -> json(exchange, 200, JSON.createObjectNode().put("version", "0.5.1"));
            case "GET /", "HEAD /" -> text(exchange, 200, "Ollama is running");
            default -> text(exchange, 404, "404 page not found");
        }
    }

    private void answer(HttpExchange exchange, RecordedOllamaRequest request, boolean chat)
            throws IOException, InterruptedException {
        String model = request.model();
        if (model == null || model.isBlank()) {
            json(exchange, 400, FakeOllamaPayloads.error("model is required"));
            return;
        }
        if (!installed.contains(model)) {
            json(exchange, 404, FakeOllamaPayloads.error("model '" + model + "' not found"));
            return;
        }
        Duration keepAlive;
        try {
            keepAlive = GoDuration.keepAlive(request.body().path("keep_alive"));
        } catch (IllegalArgumentException e) {
            json(exchange, 400, FakeOllamaPayloads.error(e.getMessage()));
            return;
        }
        if (request.isPreload()) {
            load(model, keepAlive, request);
            json(exchange, 200, FakeOllamaPayloads.loaded(model, chat, keepAlive.isZero()));
            return;
        }
        ScriptedError scripted = chatErrors.poll();
        if (scripted != null) {
            json(exchange, scripted.status(), FakeOllamaPayloads.error(scripted.message()));
            return;
        }
        Thread.sleep(firstTokenDelay.toMillis());
        load(model, keepAlive, request);
        stream(exchange, model, chat, request.stream());
    }

    private void stream(HttpExchange exchange, String model, boolean chat, boolean streamed)
            throws IOException, InterruptedException {
        List<String> tokens = tokens(answers.getOrDefault(model, DEFAULT_ANSWER));
        if (!streamed) {
            String whole = String.join("", tokens);
            json(exchange, 200, chat ? FakeOllamaPayloads.chatDone(model, whole, tokens.size())
                    : FakeOllamaPayloads.generateDone(model, whole, tokens.size()));
            return;
        }
        OutputStream out = startStream(exchange);
        for (int i = 0; i < tokens.size(); i++) {
            line(out, chat ? FakeOllamaPayloads.chatToken(model, tokens.get(i))
                    : FakeOllamaPayloads.generateToken(model, tokens.get(i)));
            String error = midStreamErrors.get(model);
            if (error != null) {
                line(out, FakeOllamaPayloads.error(error));
                return;
            }
            Thread.sleep(tokenInterval.toMillis());
        }
        line(out, chat ? FakeOllamaPayloads.chatDone(model, "", tokens.size())
                : FakeOllamaPayloads.generateDone(model, "", tokens.size()));
    }

    private void load(String model, Duration keepAlive, RecordedOllamaRequest request) throws InterruptedException {
        if (keepAlive.isZero()) {
            loaded.remove(model);
            return;
        }
        if (!loaded.containsKey(model)) {
            Thread.sleep(loadDelay.toMillis());
        }
        int context = request.option("num_ctx").asInt(2048);
        Instant expires = keepAlive.compareTo(GoDuration.FOREVER) >= 0
                ? Instant.parse("2318-01-01T00:00:00Z") : Instant.now().plus(keepAlive);
        loaded.put(model, new Loaded(expires, context));
    }

    private void pull(HttpExchange exchange, String model) throws IOException {
        OutputStream out = startStream(exchange);
        line(out, FakeOllamaPayloads.pullStatus("pulling manifest"));
        String error = pullError;
        if (error != null) {
            line(out, FakeOllamaPayloads.error(error));
            return;
        }
        String digest = FakeOllamaPayloads.digest(model);
        long total = FakeOllamaPayloads.MODEL_SIZE;
        for (int step = 0; step <= pullSteps; step++) {
            line(out, FakeOllamaPayloads.pullProgress(digest, total, total * step / pullSteps));
        }
        String license = FakeOllamaPayloads.digest(model + "/license");
        line(out, FakeOllamaPayloads.pullProgress(license, 11_357, 11_357));
        line(out, FakeOllamaPayloads.pullStatus("verifying sha256 digest"));
        line(out, FakeOllamaPayloads.pullStatus("writing manifest"));
        installed.add(model);
        line(out, FakeOllamaPayloads.pullStatus("success"));
    }

    private static List<String> tokens(String answer) {
        return new ArrayList<>(Arrays.asList(answer.split("(?<= )")));
    }

    private static ObjectNode list(List<ObjectNode> models) {
        ObjectNode list = JSON.createObjectNode();
        list.putArray("models").addAll(models);
        return list;
    }

    private static OutputStream startStream(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "application/x-ndjson");
        exchange.sendResponseHeaders(200, 0);
        return exchange.getResponseBody();
    }

    private static void line(OutputStream out, JsonNode line) throws IOException {
        out.write(JSON.writeValueAsBytes(line));
        out.write('\n');
        out.flush();
    }

    private static void json(HttpExchange exchange, int status, JsonNode body) throws IOException {
        send(exchange, status, "application/json; charset=utf-8", JSON.writeValueAsBytes(body));
    }

    private static void text(HttpExchange exchange, int status, String body) throws IOException {
        send(exchange, status, "text/plain; charset=utf-8", body.getBytes(StandardCharsets.UTF_8));
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head ? -1 : body.length);
        if (!head) {
            exchange.getResponseBody().write(body);
        }
    }

    private interface IoAction {
        void run() throws IOException;
    }

    private static void quietly(IoAction action) {
        try {
            action.run();
        } catch (IOException ignored) {
            // the client is gone
        }
    }
}
