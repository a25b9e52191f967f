package de.sprechstunde.ollama;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the warm-up is doing with each model right now, e.g. {@code loading} or
 * {@code pulling 45%}, so {@code /health} can say why a model is not ready yet. Thread-safe.
 */
public final class WarmupStatus {

    private final Map<String, String> activities = new ConcurrentHashMap<>();

    void set(String model, String activity) {
        activities.put(ModelNames.canonical(model), activity);
    }

    void clear(String model) {
        activities.remove(ModelNames.canonical(model));
    }

    /** The current activity for {@code model}, if the warm-up is working on it. */
    public Optional<String> activity(String model) {
        return Optional.ofNullable(activities.get(ModelNames.canonical(model)));
    }
}
