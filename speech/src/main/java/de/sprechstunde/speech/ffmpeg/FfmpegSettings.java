package de.sprechstunde.speech.ffmpeg;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * How ffmpeg is run and what it accepts.
 *
 * @param ffmpegPath   the ffmpeg binary, a name on the PATH or a path ({@code FFMPEG_PATH})
 * @param ffprobePath  the ffprobe binary ({@code FFPROBE_PATH})
 * @param maxDuration  the longest voice note converted ({@code VOICE_MAX_SECONDS})
 * @param maxBytes     the largest voice note converted ({@code VOICE_MAX_BYTES})
 * @param timeout      the longest one ffmpeg or ffprobe run may take before it is killed ({@code FFMPEG_TIMEOUT_SECONDS})
 * @param scratchDir   where temporary audio files are written (and always removed)
 */
public record FfmpegSettings(String ffmpegPath, String ffprobePath, Duration maxDuration, long maxBytes, Duration timeout,
                             Path scratchDir) {

    public FfmpegSettings {
        requireText("ffmpegPath", ffmpegPath);
        requireText("ffprobePath", ffprobePath);
        Objects.requireNonNull(maxDuration, "maxDuration");
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(scratchDir, "scratchDir");
        if (maxDuration.isNegative() || maxDuration.isZero()) {
            throw new IllegalArgumentException("maxDuration must be positive");
        }
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive");
        }
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive");
        }
    }

    /** ffmpeg and ffprobe from the PATH, 60 s and 20 MB per voice note, 30 s per run, the system's temp directory. */
    public static FfmpegSettings defaults() {
        return new FfmpegSettings("ffmpeg", "ffprobe", Duration.ofSeconds(60), 20L * 1024 * 1024, Duration.ofSeconds(30),
                Path.of(System.getProperty("java.io.tmpdir")));
    }

    public FfmpegSettings withLimits(Duration newMaxDuration, long newMaxBytes) {
        return new FfmpegSettings(ffmpegPath, ffprobePath, newMaxDuration, newMaxBytes, timeout, scratchDir);
    }

    public FfmpegSettings withTimeout(Duration newTimeout) {
        return new FfmpegSettings(ffmpegPath, ffprobePath, maxDuration, maxBytes, newTimeout, scratchDir);
    }

    private static void requireText(String name, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
    }
}
