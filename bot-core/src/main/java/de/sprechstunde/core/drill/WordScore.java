package de.sprechstunde.core.drill;

import java.util.Objects;

/**
 * One aligned word of a pronunciation attempt.
 *
 * @param target the target word, or empty for an extra word
 * @param heard  what the recogniser heard, or empty for a missed word
 * @param status correct, mispronounced, missed or extra
 * @param score  0–100 for this word
 */
public record WordScore(String target, String heard, WordStatus status, int score) {
    public WordScore {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(heard, "heard");
        Objects.requireNonNull(status, "status");
    }
}
