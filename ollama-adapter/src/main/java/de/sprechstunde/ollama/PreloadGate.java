package de.sprechstunde.ollama;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Holds learners' questions until the start-up preloads have been answered, so the preload of
 * every model reaches Ollama before the first question. {@link OllamaWarmup#start()} arms it for
 * each model before it returns; the warm-up opens a model's gate as soon as its preload is
 * answered, or cannot be sent (Ollama unreachable, model missing), and opens all of them at the
 * end of its first round and on close. A gate that was never armed holds no one.
 *
 * <p>Thread-safe. Waiting costs a learner little: a question sent during the preload would wait for
 * the same model load inside Ollama.
 */
public final class PreloadGate {

    private final Map<String, CountDownLatch> gates = new ConcurrentHashMap<>();

    void arm(String model) {
        gates.putIfAbsent(ModelNames.canonical(model), new CountDownLatch(1));
    }

    void open(String model) {
        CountDownLatch gate = gates.get(ModelNames.canonical(model));
        if (gate != null) {
            gate.countDown();
        }
    }

    void openAll() {
        gates.values().forEach(CountDownLatch::countDown);
    }

    /** Whether a question would still be held. */
    public boolean holds() {
        return gates.values().stream().anyMatch(gate -> gate.getCount() > 0);
    }

    /**
     * Waits until every armed model's preload has been answered (or given up), at most {@code max}.
     *
     * @return false when the wait ran out or was interrupted (the interrupt flag is kept)
     */
    public boolean await(Duration max) {
        long deadline = System.nanoTime() + max.toNanos();
        try {
            for (CountDownLatch gate : List.copyOf(gates.values())) {
                if (!gate.await(deadline - System.nanoTime(), TimeUnit.NANOSECONDS)) {
                    return false;
                }
            }
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
