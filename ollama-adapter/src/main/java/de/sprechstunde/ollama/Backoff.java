package de.sprechstunde.ollama;

import java.time.Duration;

/**
 * Exponential pauses: {@code initial}, twice that, four times, … never more than {@code max}.
 *
 * @param initial the pause after the first failure
 * @param max     the longest pause
 */
record Backoff(Duration initial, Duration max) {

    /** The pause after {@code failures} failures in a row (1 for the first). */
    Duration after(int failures) {
        int doublings = Math.min(Math.max(failures - 1, 0), 30);
        Duration pause = initial.multipliedBy(1L << doublings);
        return pause.compareTo(max) > 0 ? max : pause;
    }
}
