package de.sprechstunde.ollama;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers the last state of each subject (Ollama itself, each model), so a background task that
 * retries every few seconds logs a line when the state changes, not on every attempt. Thread-safe.
 */
final class StateChanges {

    private final Map<String, String> last = new ConcurrentHashMap<>();

    /** Whether {@code state} is the last one recorded for {@code subject}. */
    boolean is(String subject, String state) {
        return state.equals(last.get(subject));
    }

    /** Records {@code state}; true when it differs from the one recorded before. */
    boolean changed(String subject, String state) {
        return !state.equals(last.put(subject, state));
    }
}
