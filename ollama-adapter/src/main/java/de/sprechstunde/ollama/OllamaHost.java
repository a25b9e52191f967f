package de.sprechstunde.ollama;

import java.net.URI;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;

/**
 * One Ollama host of the pool: its own clients, preload gate, warm-up and health check, and what
 * routing needs to know of it: the requests in flight and whether it is admitted or ejected. Its
 * label ({@code host:port}) names it in logs, metrics and {@code /health}; it never holds
 * credentials, because the settings refuse URLs with user info.
 *
 * <p>Thread-safe. Nothing is sent before {@link #start()}.
 */
final class OllamaHost {

    private final int index;
    private final String label;
    private final OllamaSettings settings;
    private final OllamaClients clients;
    private final PreloadGate gate;
    private final OllamaWarmup warmup;
    private final OllamaHealth health;
    private final AtomicInteger inFlight = new AtomicInteger();
    private volatile long lastChosen;
    private volatile String ejectedBecause;

    /**
     * @param settings      the settings of this host alone ({@link OllamaSettings#forHost})
     * @param gate          holds learners' questions until this host's start-up preloads are answered
     * @param onUnreachable told when this host's warm-up finds it unreachable
     */
    OllamaHost(int index, OllamaSettings settings, Clock clock, PreloadGate gate,
               BiConsumer<OllamaHost, String> onUnreachable) {
        this.index = index;
        this.gate = gate;
        this.label = labelOf(settings.host());
        this.settings = settings;
        this.clients = OllamaClients.create(settings);
        this.warmup = new OllamaWarmup(settings, gate, clock, clients, reason -> onUnreachable.accept(this, reason));
        this.health = new OllamaHealth(settings, clients.metadata(), warmup.status());
    }

    /** {@code host:port}, the port defaulted from the scheme: bounded (one per configured host) and free of secrets. */
    static String labelOf(URI host) {
        int port = host.getPort() != -1 ? host.getPort() : "https".equalsIgnoreCase(host.getScheme()) ? 443 : 80;
        return host.getHost() + ":" + port;
    }

    void start() {
        warmup.start();
    }

    int index() {
        return index;
    }

    String label() {
        return label;
    }

    OllamaSettings settings() {
        return settings;
    }

    OllamaClients clients() {
        return clients;
    }

    PreloadGate gate() {
        return gate;
    }

    OllamaWarmth warmth() {
        return warmup.warmth();
    }

    OllamaHealth health() {
        return health;
    }

    int inFlight() {
        return inFlight.get();
    }

    /** When routing chose it last, as the pool's running count (0: never): equally busy hosts take turns. */
    long lastChosen() {
        return lastChosen;
    }

    /** Counts a request as in flight; routing calls it while it holds the pool's lock. */
    void begin(long choice) {
        inFlight.incrementAndGet();
        lastChosen = choice;
    }

    void end() {
        inFlight.decrementAndGet();
    }

    boolean admitted() {
        return ejectedBecause == null;
    }

    /** Why it was ejected, while it is. */
    Optional<String> ejectedBecause() {
        return Optional.ofNullable(ejectedBecause);
    }

    /** @return whether it was admitted until now */
    synchronized boolean eject(String reason) {
        boolean wasAdmitted = ejectedBecause == null;
        ejectedBecause = reason;
        return wasAdmitted;
    }

    synchronized void admit() {
        ejectedBecause = null;
    }

    void close() {
        warmup.close();
    }

    @Override
    public String toString() {
        return label;
    }
}
