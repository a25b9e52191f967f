package de.sprechstunde.ollama;

import io.github.ollama4j.exceptions.OllamaException;
import io.github.ollama4j.models.ps.ModelProcessesResult;
import io.github.ollama4j.models.response.Model;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One pass of the warm-up: asks Ollama which models it has and which are loaded, preloads every
 * model it has (all at once, so both are sent at start), pulls the missing ones and then preloads
 * them. Every preload refreshes {@code keep_alive}; a model that had been unloaded is loaded again.
 * Each model's gate opens as soon as its preload is answered, or at once when it is missing.
 */
final class WarmupRound {

    private static final Logger log = LoggerFactory.getLogger(OllamaWarmup.class);

    private final OllamaSettings settings;
    private final OllamaClients clients;
    private final OllamaRequests requests;
    private final ModelPuller puller;
    private final PreloadGate gate;
    private final WarmupStatus status;
    private final ExecutorService preloads;
    private final StateChanges changes;
    private final OllamaWarmth warmth;

    WarmupRound(OllamaSettings settings, OllamaClients clients, ModelPuller puller, PreloadGate gate,
                WarmupStatus status, ExecutorService preloads, StateChanges changes, OllamaWarmth warmth) {
        this.settings = settings;
        this.clients = clients;
        this.requests = new OllamaRequests(settings);
        this.puller = puller;
        this.gate = gate;
        this.status = status;
        this.preloads = preloads;
        this.changes = changes;
        this.warmth = warmth;
    }

    void run() throws OllamaUnreachable, InterruptedException {
        List<String> installed = installed();
        List<String> loaded = loaded();
        warmth.reachable();
        report(installed, loaded);
        List<Future<?>> loading = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (String model : settings.modelsInUse()) {
            if (ModelNames.contains(installed, model)) {
                loading.add(preloads.submit(() -> preload(model, loaded)));
            } else {
                gate.open(model);
                missing.add(model);
            }
        }
        for (String model : missing) {
            if (pull(model)) {
                loading.add(preloads.submit(() -> preload(model, loaded)));
            }
        }
        for (Future<?> load : loading) {
            try {
                load.get();
            } catch (ExecutionException e) {
                log.warn("a preload failed unexpectedly: {}", OllamaFailures.describe(e));
            }
        }
    }

    /** Warm is what /api/ps lists; the rest warms until its preload (or pull) ends. */
    private void report(List<String> installed, List<String> loaded) {
        for (String model : settings.modelsInUse()) {
            if (ModelNames.contains(loaded, model)) {
                warmth.warm(model);
            } else if (ModelNames.contains(installed, model)) {
                warmth.warming(model, "loading");
            } else if (settings.pullMissing()) {
                warmth.warming(model, "pulling");
            } else {
                warmth.cold(model, "missing (OLLAMA_PULL_MISSING is false)");
            }
        }
    }

    private List<String> installed() throws OllamaUnreachable {
        try {
            return clients.metadata().listModels().stream().map(Model::getName).filter(Objects::nonNull).toList();
        } catch (OllamaException | RuntimeException e) {
            throw new OllamaUnreachable(OllamaFailures.describe(e), e);
        }
    }

    private List<String> loaded() throws OllamaUnreachable {
        try {
            List<ModelProcessesResult.ModelProcess> running = clients.metadata().ps().getModels();
            return running == null ? List.of() : running.stream().map(ModelProcessesResult.ModelProcess::getName)
                    .filter(Objects::nonNull).toList();
        } catch (OllamaException | RuntimeException e) {
            throw new OllamaUnreachable(OllamaFailures.describe(e), e);
        }
    }

    private boolean pull(String model) throws InterruptedException {
        if (!settings.pullMissing()) {
            if (changes.changed(model, "missing")) {
                log.warn("model {} is not in Ollama and OLLAMA_PULL_MISSING is false; run: ollama pull {}", model, model);
            }
            return false;
        }
        String subject = "pull " + model;
        if (!changes.is(subject, "failed")) {
            log.info("model {} is not in Ollama; pulling it in the background", model);
        }
        long start = System.nanoTime();
        try {
            puller.pull(model, activity -> status.set(model, activity));
            changes.changed(subject, "done");
            warmth.warming(model, "loading");
            log.info("pulled model {} in {}", model, LogDurations.format(Duration.ofNanos(System.nanoTime() - start)));
            return true;
        } catch (IOException e) {
            warmth.cold(model, "missing (pull failed)");
            if (changes.changed(subject, "failed")) {
                log.warn("could not pull model {} ({}); trying again every {}", model, OllamaFailures.describe(e),
                        LogDurations.format(settings.keepWarmInterval()));
            } else {
                log.debug("pulling model {} failed again: {}", model, OllamaFailures.describe(e));
            }
            return false;
        } finally {
            status.clear(model);
        }
    }

    private void preload(String model, List<String> loadedBefore) {
        boolean wasLoaded = ModelNames.contains(loadedBefore, model);
        if (!wasLoaded) {
            status.set(model, "loading");
        }
        long start = System.nanoTime();
        try {
            clients.preload().chat(requests.preload(model), null);
            long millis = (System.nanoTime() - start) / 1_000_000L;
            warmth.warm(model);
            if (changes.changed(model, "warm") || !wasLoaded) {
                log.info("model {} is loaded ({} ms) and kept for {}", model, millis, settings.keepAlive());
            }
        } catch (OllamaException e) {
            warmth.cold(model, "failed to load");
            if (changes.changed(model, "load failed")) {
                log.warn("could not load model {}: {}", model, OllamaFailures.describe(e));
            }
        } finally {
            status.clear(model);
            gate.open(model);
        }
    }
}
