package de.sprechstunde.core.port;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * What a learner said in a voice note.
 *
 * @param text     the full transcript, trimmed
 * @param language the language the recogniser used, e.g. {@code de}
 * @param words    word timings; empty when the server gives none
 * @param duration the audio's length
 */
public record Transcript(String text, String language, List<TranscribedWord> words, Duration duration) {
    public Transcript {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(language, "language");
        words = List.copyOf(words);
        Objects.requireNonNull(duration, "duration");
    }
}
