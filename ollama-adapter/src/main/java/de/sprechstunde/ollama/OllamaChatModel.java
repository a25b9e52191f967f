package de.sprechstunde.ollama;

import de.sprechstunde.core.concurrent.DaemonThreads;
import de.sprechstunde.core.port.ChatAnswer;
import de.sprechstunde.core.port.ChatModel;
import de.sprechstunde.core.port.ChatModelException.Reason;
import de.sprechstunde.core.port.ChatModelException;
import de.sprechstunde.core.port.ChatRequest;
import de.sprechstunde.core.port.ModelTier;
import de.sprechstunde.core.port.TokenListener;
import io.github.ollama4j.Ollama;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The tutor's model: streamed chat with Ollama through ollama4j. Every request carries
 * {@code keep_alive}, temperature, {@code num_predict} and {@code num_ctx}. A failed attempt is
 * retried with exponential backoff only while nothing has reached the learner, so no token is ever
 * sent twice; the first token and the whole answer each have a deadline, retries included.
 *
 * <p>Thread-safe: each call builds its own request and ollama4j makes a new HTTP client per call.
 * Close it to stop the stream threads.
 */
public final class OllamaChatModel implements ChatModel, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(OllamaChatModel.class);

    private final OllamaSettings settings;
    private final OllamaRequests requests;
    private final PreloadGate preloads;
    private final ExecutorService streams;
    private final StreamedChat streamed;
    private final Backoff backoff;

    /**
     * @param preloads the gate shared with {@link OllamaWarmup}; a fresh {@code new PreloadGate()}
     *                 when there is no warm-up
     */
    public OllamaChatModel(OllamaSettings settings, PreloadGate preloads) {
        this(settings, OllamaClients.create(settings).chat(), preloads);
    }

    OllamaChatModel(OllamaSettings settings, Ollama client, PreloadGate preloads) {
        this.settings = settings;
        this.requests = new OllamaRequests(settings);
        this.preloads = preloads;
        this.streams = Executors.newCachedThreadPool(DaemonThreads.numbered("ollama-stream-"));
        this.streamed = new StreamedChat(client, streams);
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
        if (!preloads.await(settings.firstTokenTimeout())) {
            log.debug("the start-up preload is still running; asking {} anyway", model);
        }
        StreamedChat.Progress progress = new StreamedChat.Progress();
        for (int attempt = 1; ; attempt++) {
            long firstTokenDeadline = Math.min(System.nanoTime() + settings.firstTokenTimeout().toNanos(), totalDeadline);
            try {
                String doneReason = streamed.run(requests.chat(model, request.messages()), listener, progress,
                        firstTokenDeadline, totalDeadline);
                return answer(model, progress, start, doneReason);
            } catch (ChatModelException e) {
                Duration pause = backoff.after(attempt);
                if (!mayRetry(e, progress, attempt, pause, totalDeadline)) {
                    throw e;
                }
                log.warn("Ollama chat with {} failed ({}: {}); attempt {} of {} in {} ms", model,
                        e.reason().name().toLowerCase(Locale.ROOT), e.getMessage(), attempt + 1,
                        settings.retries() + 1, pause.toMillis());
                pause(pause);
            }
        }
    }

    private boolean mayRetry(ChatModelException e, StreamedChat.Progress progress, int attempt, Duration pause,
                             long totalDeadline) {
        return !progress.anyToken()
                && attempt <= settings.retries()
                && OllamaFailures.retryable(e.reason())
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
    }
}
