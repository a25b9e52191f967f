package de.sprechstunde.ollama;

import de.sprechstunde.core.concurrent.DaemonThreads;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gets the models ready in the background and keeps them so: at {@link #start()} it lists Ollama's
 * models, preloads the ones it has (both at once, with {@code keep_alive}), pulls missing ones with
 * their progress logged, preloads those, and then repeats every {@code OLLAMA_KEEP_WARM_INTERVAL},
 * loading again any model that was unloaded. While Ollama is unreachable it retries with backoff
 * and logs only when that changes.
 *
 * <p>Start it before any platform adapter connects: {@code start()} arms the {@link PreloadGate}
 * before it returns, so a learner's first question waits for the start-up preloads instead of
 * overtaking them. Thread-safe; {@link #close()} stops the background work.
 */
public final class OllamaWarmup implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(OllamaWarmup.class);
    private static final Duration LONGEST_RETRY_PAUSE = Duration.ofMinutes(1);

    private final OllamaSettings settings;
    private final PreloadGate gate;
    private final WarmupStatus status = new WarmupStatus();
    private final OllamaWarmth warmth;
    private final StateChanges changes = new StateChanges();
    private final ScheduledExecutorService scheduler =
            Executors.newSingleThreadScheduledExecutor(DaemonThreads.numbered("ollama-warmup-"));
    private final ExecutorService preloads = Executors.newCachedThreadPool(DaemonThreads.numbered("ollama-preload-"));
    private final WarmupRound round;
    private final Backoff backoff;
    private final Consumer<String> onUnreachable;
    private final AtomicBoolean started = new AtomicBoolean();
    private volatile boolean closed;
    private int failuresInARow;

    /**
     * @param gate  shared with the {@link OllamaChatModel}
     * @param clock for the pace of the pull progress log
     */
    public OllamaWarmup(OllamaSettings settings, PreloadGate gate, Clock clock) {
        this(settings, gate, clock, OllamaClients.create(settings), reason -> { });
    }

    /** @param onUnreachable told each round that finds Ollama unreachable, with the reason */
    OllamaWarmup(OllamaSettings settings, PreloadGate gate, Clock clock, OllamaClients clients,
                 Consumer<String> onUnreachable) {
        this.settings = settings;
        this.onUnreachable = onUnreachable;
        this.gate = gate;
        this.warmth = new OllamaWarmth(settings, status, clock);
        this.round = new WarmupRound(settings, clients, new ModelPuller(settings, clock), gate, status, preloads, changes,
                warmth);
        Duration longest = settings.keepWarmInterval().compareTo(LONGEST_RETRY_PAUSE) < 0
                ? settings.keepWarmInterval() : LONGEST_RETRY_PAUSE;
        this.backoff = new Backoff(settings.retryBackoff(), longest);
    }

    /** Arms the preload gate and starts the first round in the background; returns at once. Runs once. */
    public void start() {
        if (closed || !started.compareAndSet(false, true)) {
            return;
        }
        settings.modelsInUse().forEach(gate::arm);
        log.info("warming up {} at {} in the background", settings.modelsInUse(), settings.baseUrl());
        try {
            scheduler.execute(this::runRound);
        } catch (RejectedExecutionException e) {
            gate.openAll();
        }
    }

    /** What the warm-up is doing with each model, for {@code /health}. */
    public WarmupStatus status() {
        return status;
    }

    /** Whether the models are loaded, for {@code /ready} and the pipeline's hold of early turns. */
    public OllamaWarmth warmth() {
        return warmth;
    }

    private void runRound() {
        Duration next = settings.keepWarmInterval();
        try {
            round.run();
            failuresInARow = 0;
            if (changes.changed("ollama", "reachable")) {
                log.info("Ollama at {} answers; keeping {} warm every {}", settings.baseUrl(), settings.modelsInUse(),
                        LogDurations.format(settings.keepWarmInterval()));
            }
        } catch (OllamaUnreachable e) {
            failuresInARow++;
            warmth.unreachable(e.getMessage());
            onUnreachable.accept(e.getMessage());
            next = backoff.after(failuresInARow);
            if (changes.changed("ollama", "unreachable")) {
                log.warn("Ollama at {} is unreachable ({}); the tutor says it is offline until Ollama answers, "
                        + "retrying in the background", settings.baseUrl(), e.getMessage());
            } else {
                log.debug("Ollama still unreachable ({}); next try in {} ms", e.getMessage(), next.toMillis());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        } catch (RuntimeException e) {
            if (closed) {
                return;
            }
            log.warn("warm-up round failed: {}", OllamaFailures.describe(e));
        } finally {
            // whatever happened, no learner waits for a preload that this round did not send
            gate.openAll();
        }
        schedule(next);
    }

    private void schedule(Duration next) {
        if (closed) {
            return;
        }
        try {
            scheduler.schedule(this::runRound, next.toNanos(), TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException e) {
            log.debug("warm-up stopped");
        }
    }

    @Override
    public void close() {
        closed = true;
        scheduler.shutdownNow();
        preloads.shutdownNow();
        gate.openAll();
    }
}
