package de.sprechstunde.ollama.fake;

import com.sun.net.httpserver.HttpServer;
import de.sprechstunde.core.concurrent.DaemonThreads;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Predicate;

/**
 * A local Ollama for tests, on a random loopback port, speaking the real HTTP API: {@code /api/chat}
 * and {@code /api/generate} (NDJSON streams, or one object with {@code "stream":false}; no messages
 * or no prompt only loads the model), {@code /api/tags}, {@code /api/ps}, {@code /api/pull}
 * (streamed status lines), {@code /api/version} and {@code GET /}. A chat with a {@code format}
 * (a JSON schema or {@code "json"}) is answered as the real server does: the message content,
 * streamed in pieces, is the JSON text ({@link #DEFAULT_STRUCTURED_ANSWER} unless scripted); any
 * other {@code format} gets 400.
 *
 * <p>It starts with {@value #MAIN_MODEL} and {@value #FAST_MODEL} installed and answers every
 * question with {@link #DEFAULT_ANSWER}, word by word. Switches make it misbehave the way a real
 * Ollama does: a missing model (404), an {@code {"error":…}} line mid-stream, a slow first token or
 * model load, failing requests, failing pulls, refused connections. Every request is recorded in
 * order, with its parsed JSON body, for assertions.
 *
 * <pre>{@code
 * try (FakeOllamaServer ollama = FakeOllamaServer.start()) {
 *     OllamaSettings settings = OllamaSettings.defaults().toBuilder().host(ollama.url()).build();
 *     // … run the bot …
 *     assertEquals("24h", ollama.questions().get(0).keepAlive());
 * }
 * }</pre>
 */
public final class FakeOllamaServer implements AutoCloseable {

    public static final String MAIN_MODEL = "mistral:7b";
    public static final String FAST_MODEL = "llama3.2:3b";
    public static final String DEFAULT_ANSWER = "Hallo! Schön, dass du Deutsch lernst. Wie geht es dir heute?";
    public static final String DEFAULT_STRUCTURED_ANSWER = "{\"corrections\":[]}";

    private final ExecutorService handlers = Executors.newCachedThreadPool(DaemonThreads.named("fake-ollama"));
    private final List<RecordedOllamaRequest> requests = new CopyOnWriteArrayList<>();
    private final FakeOllamaState state = new FakeOllamaState();
    private final FakeOllamaApi api = new FakeOllamaApi(state, requests::add);
    private final int port;
    private HttpServer server;

    private FakeOllamaServer() throws IOException {
        server = bind(0);
        port = server.getAddress().getPort();
        state.installed.addAll(List.of(MAIN_MODEL, FAST_MODEL));
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
        state.installed.addAll(Arrays.asList(names));
        return this;
    }

    /** Removes a model: chats with it get 404 {@code model 'x' not found} until it is pulled. */
    public FakeOllamaServer withoutModel(String name) {
        state.installed.remove(name);
        state.loaded.remove(name);
        return this;
    }

    /** Unloads a model from memory, as when its keep-alive runs out. */
    public FakeOllamaServer unload(String name) {
        state.loaded.remove(name);
        return this;
    }

    /** Questions to {@code model} get this answer, streamed word by word. */
    public FakeOllamaServer answering(String model, String answer) {
        state.answers.put(model, answer);
        return this;
    }

    /**
     * Structured chats ({@code format} set) with {@code model} get this content, streamed in
     * pieces; a real model held to a schema writes valid JSON, a test may script anything.
     */
    public FakeOllamaServer answeringStructured(String model, String content) {
        state.structuredAnswers.put(model, content);
        return this;
    }

    /** Chats with {@code model} send one token, then an {@code {"error":…}} line, then end. */
    public FakeOllamaServer failingMidStream(String model, String error) {
        state.midStreamErrors.put(model, error);
        return this;
    }

    /** Ends {@link #failingMidStream}: chats with {@code model} stream their whole answer again. */
    public FakeOllamaServer streamingWholeAnswers(String model) {
        state.midStreamErrors.remove(model);
        return this;
    }

    /** The next {@code count} questions get {@code status} with {@code {"error":message}}. */
    public FakeOllamaServer failingNextQuestions(int count, int status, String message) {
        for (int i = 0; i < count; i++) {
            state.questionErrors.add(new FakeOllamaState.ScriptedError(status, message));
        }
        return this;
    }

    /** Questions get 200 and this body, which is no Ollama answer (a proxy's error page, a broken build); null ends it. */
    public FakeOllamaServer answeringGarbage(String body) {
        state.garbage = body;
        return this;
    }

    /** Waits this long before the headers and the first line of every answer. */
    public FakeOllamaServer slowFirstToken(Duration delay) {
        state.firstTokenDelay = delay;
        return this;
    }

    /** Loading a model that is not in memory takes this long (preloads and questions alike). */
    public FakeOllamaServer slowLoad(Duration delay) {
        state.loadDelay = delay;
        return this;
    }

    /** A pause between streamed tokens. */
    public FakeOllamaServer tokenInterval(Duration interval) {
        state.tokenInterval = interval;
        return this;
    }

    /** Pulls stream {@code pulling manifest}, then {@code {"error":message}}. */
    public FakeOllamaServer failingPulls(String message) {
        state.pullError = message;
        return this;
    }

    /** How many progress lines the big layer of a pull sends. */
    public FakeOllamaServer pullSteps(int steps) {
        state.pullSteps = steps;
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

    /** Every request so far, in the order they arrived. */
    public List<RecordedOllamaRequest> requests() {
        return List.copyOf(requests);
    }

    /** Chats that asked a question (not preloads, not structured requests). */
    public List<RecordedOllamaRequest> questions() {
        return requests.stream().filter(RecordedOllamaRequest::isQuestion).toList();
    }

    /** Chats with a {@code format}: structured answers such as proposed corrections. */
    public List<RecordedOllamaRequest> structured() {
        return requests.stream().filter(RecordedOllamaRequest::isStructured).toList();
    }

    /** Chats without messages and generates without a prompt. */
    public List<RecordedOllamaRequest> preloads() {
        return requests.stream().filter(RecordedOllamaRequest::isPreload).toList();
    }

    public Set<String> loadedModels() {
        return Set.copyOf(state.inMemory().keySet());
    }

    public Set<String> installedModels() {
        return Set.copyOf(state.installed);
    }

    /** Waits for a request that matches; fails listing everything received when none comes in time. */
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

    /** Stops listening and interrupts answers in progress. */
    @Override
    public void close() {
        refuseConnections();
        handlers.shutdownNow();
    }

    private HttpServer bind(int onPort) throws IOException {
        HttpServer bound = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), onPort), 50);
        bound.createContext("/", api);
        bound.setExecutor(handlers);
        bound.start();
        return bound;
    }
}
