package de.sprechstunde.speech.espeak;

import java.time.Duration;
import java.util.Objects;

/**
 * How the espeak-ng fallback voice speaks.
 *
 * @param path       the espeak-ng binary ({@code ESPEAK_PATH})
 * @param voice      espeak-ng's voice, {@code de} for German
 * @param normalRate words per minute for answers
 * @param slowRate   words per minute for words to retry
 * @param timeout    the longest one synthesis may take
 */
public record EspeakSettings(String path, String voice, int normalRate, int slowRate, Duration timeout) {

    public EspeakSettings {
        if (path == null || path.isBlank() || voice == null || voice.isBlank()) {
            throw new IllegalArgumentException("path and voice must not be blank");
        }
        if (normalRate < 80 || normalRate > 450 || slowRate < 80 || slowRate > normalRate) {
            throw new IllegalArgumentException("rates must be 80–450 words per minute, the slow one not above the normal one");
        }
        Objects.requireNonNull(timeout, "timeout");
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive");
        }
    }

    /** espeak-ng from the PATH, German, a little slower than its default 175 words per minute for learners. */
    public static EspeakSettings defaults() {
        return new EspeakSettings("espeak-ng", "de", 150, 95, Duration.ofSeconds(20));
    }

    public EspeakSettings withPath(String newPath) {
        return new EspeakSettings(newPath, voice, normalRate, slowRate, timeout);
    }
}
