package de.sprechstunde.core.port;

import java.time.Duration;
import java.util.List;
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

    /**
     * The pieces one after another.
     *
     * @throws IllegalArgumentException when there is none, or they differ in rate or channels
     */
    public static PcmAudio concat(List<PcmAudio> pieces) {
        if (pieces.isEmpty()) {
            throw new IllegalArgumentException("no audio to join");
        }
        PcmAudio first = pieces.get(0);
        if (pieces.size() == 1) {
            return first;
        }
        java.io.ByteArrayOutputStream joined = new java.io.ByteArrayOutputStream();
        for (PcmAudio piece : pieces) {
            if (piece.sampleRate != first.sampleRate || piece.channels != first.channels) {
                throw new IllegalArgumentException("pieces of audio differ: " + first + " and " + piece);
            }
            joined.writeBytes(piece.samples);
        }
        return new PcmAudio(joined.toByteArray(), first.sampleRate, first.channels);
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
