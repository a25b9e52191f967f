package de.sprechstunde.ollama;

import de.sprechstunde.core.port.ModelWarmth;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Whether Ollama has the models in use loaded, as the warm-up sees it: a model is warm once its
 * preload was answered or {@code /api/ps} lists it at the start of a round. Before that it is
 * warming (loading or pulling) for at most {@code OLLAMA_PRELOAD_TIMEOUT}; a model that is
 * missing, failed to load or loads for longer, and an unreachable Ollama, are cold. For
 * {@code /ready} and for the pipeline's hold of turns that arrive during the warm-up.
 *
 * <p>Thread-safe; never throws.
 */
public final class OllamaWarmth implements ModelWarmth {

    private static final long LONGEST_WAIT_SLICE_NANOS = TimeUnit.MILLISECONDS.toNanos(250);

    private enum Kind { WARM, WARMING, COLD }

    private record ModelState(Kind kind, String detail, Instant since) {
    }

    private final OllamaSettings settings;
    private final WarmupStatus activities;
    private final Clock clock;
    private final Map<String, ModelState> models = new LinkedHashMap<>();
    private String unreachable;

    OllamaWarmth(OllamaSettings settings, WarmupStatus activities, Clock clock) {
        this.settings = settings;
        this.activities = activities;
        this.clock = clock;
        settings.modelsInUse().forEach(model -> models.put(model, new ModelState(Kind.WARMING, "loading", clock.instant())));
    }

    synchronized void warm(String model) {
        set(model, Kind.WARM, "loaded");
    }

    /** Loading or pulling; keeps the time it began when it already was warming. */
    synchronized void warming(String model, String detail) {
        ModelState before = models.get(model);
        Instant since = before != null && before.kind() == Kind.WARMING ? before.since() : clock.instant();
        models.put(model, new ModelState(Kind.WARMING, detail, since));
        notifyAll();
    }

    synchronized void cold(String model, String reason) {
        set(model, Kind.COLD, reason);
    }

    synchronized void reachable() {
        unreachable = null;
        notifyAll();
    }

    synchronized void unreachable(String reason) {
        unreachable = reason;
        notifyAll();
    }

    private void set(String model, Kind kind, String detail) {
        models.put(model, new ModelState(kind, detail, clock.instant()));
        notifyAll();
    }

    /** Whether {@code model} is loaded here, for the pool's model affinity. */
    synchronized boolean isWarm(String model) {
        ModelState state = models.get(model);
        return unreachable == null && state != null && state.kind() == Kind.WARM;
    }

    @Override
    public synchronized State current() {
        if (unreachable != null) {
            return new Cold("Ollama at " + settings.baseUrl() + " unreachable (" + unreachable + ")");
        }
        List<String> cold = new ArrayList<>();
        List<String> warming = new ArrayList<>();
        Instant now = clock.instant();
        models.forEach((model, state) -> {
            if (state.kind() == Kind.COLD) {
                cold.add("model " + model + " " + state.detail());
            } else if (state.kind() == Kind.WARMING) {
                String doing = activities.activity(model).orElse(state.detail());
                if (state.since().plus(settings.preloadTimeout()).isBefore(now)) {
                    cold.add("model " + model + " still " + doing + " after " + settings.preloadTimeout().toSeconds() + " s");
                } else {
                    warming.add("model " + model + " " + doing);
                }
            }
        });
        if (!cold.isEmpty()) {
            return new Cold(String.join(", ", cold));
        }
        return warming.isEmpty() ? new Warm() : new Warming(String.join(", ", warming));
    }

    @Override
    public synchronized State awaitSettled(Duration max) {
        long deadline = System.nanoTime() + max.toNanos();
        State state = current();
        try {
            while (state instanceof Warming) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    break;
                }
                // in slices, so a load that outlasts its bound turns cold without a signal
                TimeUnit.NANOSECONDS.timedWait(this, Math.min(left, LONGEST_WAIT_SLICE_NANOS));
                state = current();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return state;
    }
}
