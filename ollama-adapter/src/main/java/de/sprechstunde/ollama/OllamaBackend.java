package de.sprechstunde.ollama;

import de.sprechstunde.core.port.HealthIndicator;
import de.sprechstunde.core.port.ModelWarmth;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;

/**
 * Everything the composition root needs from Ollama, built from one {@link OllamaSettings}: the
 * {@link OllamaPool} of its hosts (one unless {@code OLLAMA_HOSTS} names several), the chat model
 * for {@code TutorBotBuilder}, the warm-up of each host, the health indicator and the warmth. Call
 * {@link #start()} before any platform adapter connects; it returns at once, also when Ollama is down.
 *
 * <pre>{@code
 * OllamaBackend ollama = OllamaBackend.create(settings, clock, meterRegistry);
 * ollama.start();
 * health.register(OllamaHealth.NAME, ollama.health());
 * TutorBot bot = new TutorBotBuilder(ollama.chatModel()).correctionProposer(ollama.correctionProposer())
 *         .health(health)...build();
 * // connect the adapters; at shutdown: bot.close(); ollama.close();
 * }</pre>
 */
public final class OllamaBackend implements AutoCloseable {

    private final OllamaPool pool;
    private final OllamaChatModel chatModel;
    private final OllamaCorrectionProposer corrections;
    private final OllamaPoolHealth health;
    private final OllamaPoolWarmth warmth;

    private OllamaBackend(OllamaPool pool, OllamaSettings settings) {
        this.pool = pool;
        this.chatModel = new OllamaChatModel(settings, pool, false);
        this.corrections = new OllamaCorrectionProposer(settings, pool);
        this.health = new OllamaPoolHealth(pool.hosts());
        this.warmth = new OllamaPoolWarmth(pool.hosts());
    }

    /**
     * Builds the parts; nothing is sent to Ollama before {@link #start()}.
     *
     * @param registry gets the per-host meters ({@code bot.ollama.requests{host,outcome}} and others)
     */
    public static OllamaBackend create(OllamaSettings settings, Clock clock, MeterRegistry registry) {
        return new OllamaBackend(OllamaPool.create(settings, clock, registry, PreloadGate::new), settings);
    }

    /** Starts each host's warm-up in the background; learners' first questions wait for its preloads. */
    public void start() {
        pool.start();
    }

    public OllamaChatModel chatModel() {
        return chatModel;
    }

    /** The fast model's proposed corrections, for {@code TutorBotBuilder.correctionProposer}. */
    public OllamaCorrectionProposer correctionProposer() {
        return corrections;
    }

    /**
     * Whether at least one host has the models in use loaded: for {@code TutorBotBuilder.modelWarmth}
     * (turns that arrive during the warm-up wait) and for {@code /ready}.
     */
    public ModelWarmth warmth() {
        return warmth;
    }

    /** Each host's state, under the component name {@link OllamaHealth#NAME}. */
    public HealthIndicator health() {
        return health;
    }

    OllamaPool pool() {
        return pool;
    }

    @Override
    public void close() {
        pool.close();
        chatModel.close();
        corrections.close();
        health.close();
    }
}
