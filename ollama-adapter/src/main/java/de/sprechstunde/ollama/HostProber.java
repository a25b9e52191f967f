package de.sprechstunde.ollama;

import de.sprechstunde.core.concurrent.DaemonThreads;
import de.sprechstunde.core.port.ChatModelException;
import de.sprechstunde.core.port.TokenListener;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Re-probes ejected hosts in the background: after a pause (from {@code OLLAMA_RETRY_BACKOFF_MS},
 * doubling, at most a minute or the keep-warm interval) it asks the host a streamed one-token
 * question on the main model, the way a learner's question goes, so a host that breaks off its
 * streams stays out and one that merely lists its models does not count as recovered. A host
 * that answers, or answers that it lacks the model (the warm-up pulls it), is readmitted.
 *
 * <p>Thread-safe; each host has at most one probe pending.
 */
final class HostProber implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(OllamaPool.class);
    private static final Duration LONGEST_PAUSE = Duration.ofMinutes(1);

    private final OllamaSettings settings;
    private final OllamaRequests requests;
    private final Consumer<OllamaHost> onRecovered;
    private final Backoff backoff;
    private final Map<OllamaHost, Integer> failures = new ConcurrentHashMap<>();
    private final ScheduledExecutorService scheduler =
            Executors.newSingleThreadScheduledExecutor(DaemonThreads.numbered("ollama-probe-"));
    private final ExecutorService probes = Executors.newCachedThreadPool(DaemonThreads.numbered("ollama-probe-stream-"));
    private volatile boolean closed;

    HostProber(OllamaSettings settings, Consumer<OllamaHost> onRecovered) {
        this.settings = settings;
        this.requests = new OllamaRequests(settings);
        this.onRecovered = onRecovered;
        Duration longest = settings.keepWarmInterval().compareTo(LONGEST_PAUSE) < 0 ? settings.keepWarmInterval() : LONGEST_PAUSE;
        this.backoff = new Backoff(settings.retryBackoff(), longest);
    }

    /** Schedules a probe of a host that was just ejected; a host with a probe pending is left alone. */
    void probeLater(OllamaHost host) {
        if (failures.putIfAbsent(host, 1) == null) {
            schedule(host, 1);
        }
    }

    private void schedule(OllamaHost host, int failuresInARow) {
        if (closed) {
            return;
        }
        try {
            // the probe itself runs on its own thread, so a host that hangs does not delay the others
            scheduler.schedule(() -> probes.execute(() -> probe(host)), backoff.after(failuresInARow).toNanos(),
                    TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException e) {
            log.debug("probing stopped");
        }
    }

    private void probe(OllamaHost host) {
        long now = System.nanoTime();
        StreamedChat streamed = new StreamedChat(host.clients().chat(), probes);
        try {
            streamed.run(requests.probe(settings.model()), TokenListener.IGNORE, new StreamedChat.Progress(),
                    now + settings.firstTokenTimeout().toNanos(), now + settings.requestTimeout().toNanos());
            recovered(host);
        } catch (ChatModelException e) {
            if (e.reason() == ChatModelException.Reason.MODEL_MISSING) {
                recovered(host);
                return;
            }
            int inARow = failures.merge(host, 1, Integer::sum);
            log.debug("Ollama host {} still fails ({}: {}); probe {} next", host.label(), e.reason(), e.getMessage(),
                    inARow);
            schedule(host, inARow);
        } catch (RejectedExecutionException e) {
            log.debug("probing stopped");
        }
    }

    private void recovered(OllamaHost host) {
        failures.remove(host);
        onRecovered.accept(host);
    }

    @Override
    public void close() {
        closed = true;
        scheduler.shutdownNow();
        probes.shutdownNow();
    }
}
