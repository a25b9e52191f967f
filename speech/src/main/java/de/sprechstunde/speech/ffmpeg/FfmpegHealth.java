package de.sprechstunde.speech.ffmpeg;

import de.sprechstunde.core.port.ComponentHealth;
import de.sprechstunde.core.port.HealthIndicator;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/** {@code /health}'s view of ffmpeg: found at start, and still runs. */
public final class FfmpegHealth implements HealthIndicator {

    private final Optional<FfmpegTranscoder> transcoder;
    private final String missingReason;
    private final Clock clock;

    private FfmpegHealth(Optional<FfmpegTranscoder> transcoder, String missingReason, Clock clock) {
        this.transcoder = transcoder;
        this.missingReason = missingReason;
        this.clock = clock;
    }

    public static FfmpegHealth of(FfmpegTranscoder transcoder, Clock clock) {
        return new FfmpegHealth(Optional.of(transcoder), "", clock);
    }

    /** ffmpeg was not usable at start; {@code reason} says why. */
    public static FfmpegHealth missing(String reason, Clock clock) {
        return new FfmpegHealth(Optional.empty(), reason, clock);
    }

    @Override
    public ComponentHealth check() {
        if (transcoder.isEmpty()) {
            return ComponentHealth.down("ffmpeg", Duration.ZERO,
                    "not usable at start, voice is off (install ffmpeg or set FFMPEG_PATH/FFPROBE_PATH, then restart): " + missingReason);
        }
        Instant start = clock.instant();
        FfmpegTranscoder ffmpeg = transcoder.get();
        boolean runs = ffmpeg.stillRuns();
        Duration latency = Duration.between(start, clock.instant());
        Map<String, String> details = Map.of("path", ffmpeg.settings().ffmpegPath(),
                "max_voice_seconds", String.valueOf(ffmpeg.settings().maxDuration().toSeconds()));
        return runs
                ? new ComponentHealth("ffmpeg", ComponentHealth.Status.UP, latency, ffmpeg.version(), details)
                : new ComponentHealth("ffmpeg", ComponentHealth.Status.DOWN, latency, "ffmpeg no longer runs at " + ffmpeg.settings().ffmpegPath(), details);
    }
}
