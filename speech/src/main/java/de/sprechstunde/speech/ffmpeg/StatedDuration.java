package de.sprechstunde.speech.ffmpeg;

import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The length a file states for itself, as ffmpeg reports it while it opens the input
 * ({@code Duration: 00:00:10.03, start: …}), so the decoding run doubles as the probe.
 */
final class StatedDuration {

    private static final Pattern DURATION = Pattern.compile("Duration: (\\d+):(\\d{2}):(\\d{2}(?:\\.\\d+)?)");

    private StatedDuration() {
    }

    /** Empty when ffmpeg reported none, e.g. {@code Duration: N/A} for a file that hides its length. */
    static Optional<Duration> in(String ffmpegOutput) {
        Matcher m = DURATION.matcher(ffmpegOutput);
        if (!m.find()) {
            return Optional.empty();
        }
        double seconds = Long.parseLong(m.group(1)) * 3600 + Long.parseLong(m.group(2)) * 60 + Double.parseDouble(m.group(3));
        return seconds > 0 ? Optional.of(Duration.ofMillis(Math.round(seconds * 1000))) : Optional.empty();
    }
}
