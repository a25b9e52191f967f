package de.sprechstunde.ollama;

import de.sprechstunde.core.concurrent.DaemonThreads;
import de.sprechstunde.core.port.ChatAnswer;
import de.sprechstunde.core.port.ChatModel;
import de.sprechstunde.core.port.ChatModelException.Reason;
import de.sprechstunde.core.port.ChatModelException;
import de.sprechstunde.core.port.ChatRequest;
import de.sprechstunde.core.port.ModelTier;
import de.sprechstunde.core.port.TokenListener;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The tutor's model: streamed chat with Ollama through ollama4j, on the host of the
 * {@link OllamaPool} that is least busy and has the model loaded. Every request carries
 * {@code keep_alive}, temperature, {@code num_predict} and {@code num_ctx}. A failed attempt is
 * retried with exponential backoff, on another host when there is one, only while nothing has
 * reached the learner, so no token is ever sent twice; the first token and the whole answer each
 * have a deadline, retries included.
 *
 * <p>Thread-safe: each call builds its own request and ollama4j makes a new HTTP client per call.
 * Close it to stop the stream threads.
 */
public final class OllamaChatModel implements ChatModel, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(OllamaChatModel.class);

    private final OllamaSettings settings;
    private final OllamaPool pool;
    private final OllamaRequests requests;
    private final ExecutorService streams;
    private final Backoff backoff;
    private final boolean ownsPool;

    /**
     * A chat model without a warm-up (the hosts' warm-ups are never started).
     *
     * @param preloads the gate every question waits for; a fresh {@code new PreloadGate()} holds no one
     */
    public OllamaChatModel(OllamaSettings settings, PreloadGate preloads) {
        this(settings, OllamaPool.create(settings, Clock.systemUTC(), new SimpleMeterRegistry(), () -> preloads), true);
    }

    /** @param ownsPool whether {@link #close()} closes the pool too */
    OllamaChatModel(OllamaSettings settings, OllamaPool pool, boolean ownsPool) {
        this.ownsPool = ownsPool;
        this.settings = settings;
        this.pool = pool;
        this.requests = new OllamaRequests(settings);
        this.streams = Executors.newCachedThreadPool(DaemonThreads.numbered("ollama-stream-"));
        this.backoff = new Backoff(settings.retryBackoff(), settings.retryBackoff().multipliedBy(8));
    }

    @Override
    public String modelName(ModelTier tier) {
        return settings.modelFor(tier);
    }

    @Override
    public ChatAnswer chat(ChatRequest request, TokenListener listener) throws ChatModelException {
        String model = modelName(request.tier());
        long start = System.nanoTime();
        long totalDeadline = start + settings.requestTimeout().toNanos();
        StreamedChat.Progress progress = new StreamedChat.Progress();
        Set<OllamaHost> tried = new HashSet<>();
        for (int attempt = 1; ; attempt++) {
            Duration pause;
            try (OllamaPool.Lease lease = pool.lease(model, tried)) {
                OllamaHost host = lease.host();
                tried.add(host);
                if (attempt == 1 && !host.gate().await(settings.firstTokenTimeout())) {
                    log.debug("the start-up preload is still running; asking {} at {} anyway", model, host);
                }
                long firstTokenDeadline = Math.min(System.nanoTime() + settings.firstTokenTimeout().toNanos(), totalDeadline);
                try {
                    String doneReason = new StreamedChat(host.clients().chat(), streams).run(
                            requests.chat(model, request.messages()), listener, progress, firstTokenDeadline, totalDeadline);
                    pool.succeeded(host);
                    return answer(model, progress, start, doneReason);
                } catch (ChatModelException e) {
                    pool.failed(host, e, true);
                    // another host may be tried at once; the same one again only after a pause
                    pause = pool.anyUntried(tried) ? Duration.ZERO : backoff.after(attempt);
                    if (!mayRetry(e, progress, attempt, pause, totalDeadline, tried)) {
                        throw e;
                    }
                    log.warn("Ollama chat with {} at {} failed ({}: {}); attempt {} of {} in {} ms", model, host,
                            e.reason().name().toLowerCase(Locale.ROOT), e.getMessage(), attempt + 1,
                            settings.retries() + 1, pause.toMillis());
                }
            }
            pause(pause);
        }
    }

    private boolean mayRetry(ChatModelException e, StreamedChat.Progress progress, int attempt, Duration pause,
                             long totalDeadline, Set<OllamaHost> tried) {
        // a host without the model is worth skipping only when another host may have it
        boolean worthAnotherTry = OllamaFailures.retryable(e.reason())
                || e.reason() == Reason.MODEL_MISSING && pool.anyUntried(tried);
        return !progress.anyToken()
                && attempt <= settings.retries()
                && worthAnotherTry
                && System.nanoTime() + pause.toNanos() < totalDeadline;
    }

    private static ChatAnswer answer(String model, StreamedChat.Progress progress, long start, String doneReason) {
        long end = System.nanoTime();
        long firstToken = progress.anyToken() ? progress.firstTokenNanos() : end;
        if ("length".equals(doneReason)) {
            log.debug("the answer of {} was cut at OLLAMA_MAX_TOKENS", model);
        }
        return new ChatAnswer(progress.text(), model, Duration.ofNanos(firstToken - start), Duration.ofNanos(end - start));
    }

    private static void pause(Duration pause) throws ChatModelException {
        if (pause.isZero()) {
            return;
        }
        try {
            TimeUnit.NANOSECONDS.sleep(pause.toNanos());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ChatModelException(Reason.FAILED, "interrupted between attempts", e);
        }
    }

    @Override
    public void close() {
        streams.shutdownNow();
        if (ownsPool) {
            pool.close();
        }
    }
}
