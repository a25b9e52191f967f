package de.sprechstunde.core.port;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * One recognised word with its timing.
 *
 * @param word        the word as recognised (may carry punctuation and a leading space)
 * @param start       seconds from the start of the clip
 * @param end         seconds from the start of the clip
 * @param probability the recogniser's confidence 0–1, when the server reports it
 */
public record TranscribedWord(String word, double start, double end, OptionalDouble probability) {
    public TranscribedWord {
        Objects.requireNonNull(word, "word");
        Objects.requireNonNull(probability, "probability");
    }
}
