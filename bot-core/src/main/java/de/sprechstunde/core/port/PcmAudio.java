package de.sprechstunde.core.port;

import java.time.Duration;
import java.util.Objects;

/**
 * Raw signed 16-bit little-endian PCM, as Piper and espeak-ng produce it.
 *
 * @param samples    the interleaved samples
 * @param sampleRate samples per second, e.g. 22050
 * @param channels   1 for mono
 */
public record PcmAudio(byte[] samples, int sampleRate, int channels) {
    public PcmAudio {
        Objects.requireNonNull(samples, "samples");
        if (sampleRate <= 0 || channels <= 0) {
            throw new IllegalArgumentException("sampleRate and channels must be positive");
        }
    }

    public Duration duration() {
        long frames = samples.length / (2L * channels);
        return Duration.ofMillis(frames * 1000 / sampleRate);
    }

    @Override
    public String toString() {
        return "PcmAudio[" + samples.length + " bytes, " + sampleRate + " Hz, " + channels + " ch]";
    }
}
