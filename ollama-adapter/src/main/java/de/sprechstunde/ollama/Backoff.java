package de.sprechstunde.ollama;

import io.github.resilience4j.core.IntervalFunction;
import java.time.Duration;

/**
 * Exponential pauses: {@code initial}, twice that, four times, … never more than {@code max};
 * resilience4j's interval function. The retry loops stay ours: a chat is retried only before its
 * first token and within one deadline, and the warm-up reschedules rather than retries in place.
 */
final class Backoff {

    private final IntervalFunction intervals;

    /**
     * @param initial the pause after the first failure
     * @param max     the longest pause
     */
    Backoff(Duration initial, Duration max) {
        // resilience4j refuses a ceiling below the first pause; then every pause is the ceiling
        this.intervals = max.compareTo(initial) < 0 ? IntervalFunction.of(max)
                : IntervalFunction.ofExponentialBackoff(initial, 2, max);
    }

    /** The pause after {@code failures} failures in a row (1 for the first). */
    Duration after(int failures) {
        return Duration.ofMillis(intervals.apply(Math.max(failures, 1)));
    }
}
