package de.sprechstunde.ollama.fake;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/** What the fake Ollama has and how it is told to behave; shared by its switches and its API. Thread-safe. */
final class FakeOllamaState {

    /** A model in memory. */
    record Loaded(Instant expiresAt, int contextLength) {
    }

    /** An answer the next question gets instead of the model's. */
    record ScriptedError(int status, String message) {
    }

    final Set<String> installed = ConcurrentHashMap.newKeySet();
    final Map<String, Loaded> loaded = new ConcurrentHashMap<>();
    final Map<String, String> answers = new ConcurrentHashMap<>();
    final Map<String, String> structuredAnswers = new ConcurrentHashMap<>();
    final Map<String, String> midStreamErrors = new ConcurrentHashMap<>();
    final Queue<ScriptedError> questionErrors = new ConcurrentLinkedQueue<>();
    volatile Duration firstTokenDelay = Duration.ZERO;
    volatile String garbage;
    volatile Duration loadDelay = Duration.ZERO;
    volatile Duration tokenInterval = Duration.ZERO;
    volatile String pullError;
    volatile int pullSteps = 20;

    /** The models in memory now: those whose keep-alive has not run out. */
    Map<String, Loaded> inMemory() {
        loaded.values().removeIf(model -> model.expiresAt().isBefore(Instant.now()));
        return Map.copyOf(loaded);
    }

    /** Loads (taking {@link #loadDelay} when not in memory) or, with a zero keep-alive, unloads. */
    void load(String model, Duration keepAlive, int contextLength) throws InterruptedException {
        if (keepAlive.isZero()) {
            loaded.remove(model);
            return;
        }
        if (!loaded.containsKey(model)) {
            Thread.sleep(loadDelay.toMillis());
        }
        Instant expires = keepAlive.compareTo(GoDuration.FOREVER) >= 0
                ? Instant.parse("2318-01-01T00:00:00Z") : Instant.now().plus(keepAlive);
        loaded.put(model, new Loaded(expires, contextLength));
    }
}
