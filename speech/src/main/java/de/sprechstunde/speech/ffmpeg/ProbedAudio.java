package de.sprechstunde.speech.ffmpeg;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * What ffprobe found in an audio file.
 *
 * @param container  the container format, e.g. {@code ogg}, {@code wav}, {@code mov,mp4,m4a,3gp,3g2,mj2}
 * @param codec      the first audio stream's codec, e.g. {@code opus}
 * @param sampleRate the first audio stream's sample rate
 * @param channels   the first audio stream's channels
 * @param duration   the length, when the file states it
 */
public record ProbedAudio(String container, String codec, int sampleRate, int channels, Optional<Duration> duration) {
    public ProbedAudio {
        Objects.requireNonNull(container, "container");
        Objects.requireNonNull(codec, "codec");
        Objects.requireNonNull(duration, "duration");
    }
}
