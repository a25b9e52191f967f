package de.sprechstunde.ollama;

import java.time.Clock;

/**
 * Everything the composition root needs from Ollama, built from one {@link OllamaSettings}: the chat
 * model for {@code TutorBotBuilder}, the warm-up, and the health indicator, sharing one
 * {@link PreloadGate}. Call {@link #start()} before any platform adapter connects; it returns at
 * once, also when Ollama is down.
 *
 * <pre>{@code
 * OllamaBackend ollama = OllamaBackend.create(settings, clock);
 * ollama.start();
 * health.register(OllamaHealth.NAME, ollama.health());
 * TutorBot bot = new TutorBotBuilder(ollama.chatModel()).correctionProposer(ollama.correctionProposer())
 *         .health(health)...build();
 * // connect the adapters; at shutdown: bot.close(); ollama.close();
 * }</pre>
 */
public final class OllamaBackend implements AutoCloseable {

    private final OllamaChatModel chatModel;
    private final OllamaCorrectionProposer corrections;
    private final OllamaWarmup warmup;
    private final OllamaHealth health;

    private OllamaBackend(OllamaChatModel chatModel, OllamaCorrectionProposer corrections, OllamaWarmup warmup,
                          OllamaHealth health) {
        this.chatModel = chatModel;
        this.corrections = corrections;
        this.warmup = warmup;
        this.health = health;
    }

    /** Builds the parts; nothing is sent to Ollama before {@link #start()}. */
    public static OllamaBackend create(OllamaSettings settings, Clock clock) {
        PreloadGate gate = new PreloadGate();
        OllamaClients clients = OllamaClients.create(settings);
        OllamaWarmup warmup = new OllamaWarmup(settings, gate, clock, clients);
        return new OllamaBackend(new OllamaChatModel(settings, clients.chat(), gate),
                new OllamaCorrectionProposer(settings, clients.corrections(), gate), warmup,
                new OllamaHealth(settings, clients.metadata(), warmup.status()));
    }

    /** Starts the warm-up in the background; learners' first questions wait for the preloads. */
    public void start() {
        warmup.start();
    }

    public OllamaChatModel chatModel() {
        return chatModel;
    }

    /** The fast model's proposed corrections, for {@code TutorBotBuilder.correctionProposer}. */
    public OllamaCorrectionProposer correctionProposer() {
        return corrections;
    }

    /**
     * Whether the models in use are loaded: for {@code TutorBotBuilder.modelWarmth} (turns that
     * arrive during the warm-up wait) and for {@code /ready}.
     */
    public OllamaWarmth warmth() {
        return warmup.warmth();
    }

    public OllamaHealth health() {
        return health;
    }

    @Override
    public void close() {
        warmup.close();
        chatModel.close();
        corrections.close();
    }
}
