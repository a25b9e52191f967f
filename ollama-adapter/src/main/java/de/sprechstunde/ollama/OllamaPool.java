package de.sprechstunde.ollama;

import de.sprechstunde.core.port.ChatModelException.Reason;
import de.sprechstunde.core.port.ChatModelException;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Ollama hosts of {@code OLLAMA_HOSTS} (or the one of {@code OLLAMA_HOST}) and which one
 * answers next: the least busy by requests in flight, preferring a host that has the model loaded
 * ({@link HostChoice}). A host that fails or times out is ejected: it gets no requests while
 * another host is admitted, and {@link HostProber} asks it a one-token question in the background
 * until it answers again. When every host is ejected all of them are tried; a lone host is never
 * ejected, so one host behaves as before the pool existed.
 *
 * <p>Thread-safe. Nothing is sent before {@link #start()}.
 */
public final class OllamaPool implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(OllamaPool.class);

    private final List<OllamaHost> hosts;
    private final PoolMetrics metrics;
    private final HostProber prober;
    private long choices;

    private OllamaPool(OllamaSettings settings, Clock clock, MeterRegistry registry, Supplier<PreloadGate> gates) {
        List<OllamaHost> built = new ArrayList<>();
        for (int i = 0; i < settings.hosts().size(); i++) {
            built.add(new OllamaHost(i, settings.forHost(settings.hosts().get(i)), clock, gates.get(), this::eject));
        }
        this.hosts = List.copyOf(built);
        this.metrics = new PoolMetrics(registry, hosts);
        this.prober = new HostProber(settings, this::readmit);
    }

    /**
     * @param gates the preload gate of each host: a new one per host when the pool runs its own
     *              warm-up, or one shared gate for a chat model without a warm-up
     */
    static OllamaPool create(OllamaSettings settings, Clock clock, MeterRegistry registry, Supplier<PreloadGate> gates) {
        return new OllamaPool(settings, clock, registry, gates);
    }

    /** Starts every host's warm-up in the background; returns at once. */
    void start() {
        hosts.forEach(OllamaHost::start);
    }

    List<OllamaHost> hosts() {
        return hosts;
    }

    /** A host held for one request, counted in flight until closed. */
    record Lease(OllamaHost host) implements AutoCloseable {
        @Override
        public void close() {
            host.end();
        }
    }

    /**
     * The host to ask {@code model} next, counted in flight: an admitted one not in {@code tried};
     * when none is left, any host not tried; when every host was tried, any host.
     */
    synchronized Lease lease(String model, Set<OllamaHost> tried) {
        List<OllamaHost> candidates = hosts.stream().filter(h -> h.admitted() && !tried.contains(h)).toList();
        if (candidates.isEmpty()) {
            candidates = hosts.stream().filter(h -> !tried.contains(h)).toList();
        }
        if (candidates.isEmpty()) {
            candidates = hosts;
        }
        List<HostChoice.Candidate> options = candidates.stream().map(h -> new HostChoice.Candidate(h.index(),
                h.inFlight(), h.warmth().isWarm(model), h.lastChosen())).toList();
        OllamaHost chosen = hosts.get(HostChoice.best(options).orElseThrow().index());
        chosen.begin(++choices);
        return new Lease(chosen);
    }

    /** Whether a host not in {@code tried} remains. */
    boolean anyUntried(Set<OllamaHost> tried) {
        return hosts.stream().anyMatch(h -> !tried.contains(h));
    }

    int size() {
        return hosts.size();
    }

    void succeeded(OllamaHost host) {
        metrics.succeeded(host);
    }

    /**
     * Counts a failed request and ejects the host when the failure is the host's: unreachable, an
     * error, or (when {@code timeoutEjects}) too slow. A missing model is not: the warm-up pulls it.
     */
    void failed(OllamaHost host, ChatModelException failure, boolean timeoutEjects) {
        metrics.failed(host, failure.reason());
        Reason reason = failure.reason();
        if (reason == Reason.UNAVAILABLE || reason == Reason.FAILED || reason == Reason.TIMEOUT && timeoutEjects) {
            eject(host, PoolMetrics.outcome(reason) + ": " + failure.getMessage());
        }
    }

    /** A lone host is never ejected: there is no other to route to, and its warm-up already retries. */
    private void eject(OllamaHost host, String reason) {
        if (hosts.size() == 1 || !host.eject(reason)) {
            return;
        }
        metrics.ejected(host);
        log.warn("Ollama host {} ejected ({}); the other hosts answer while it is re-probed in the background",
                host.label(), reason);
        prober.probeLater(host);
    }

    private void readmit(OllamaHost host) {
        host.admit();
        log.info("Ollama host {} answers again; it gets requests again", host.label());
    }

    @Override
    public void close() {
        prober.close();
        hosts.forEach(OllamaHost::close);
    }
}
