package de.sprechstunde.ollama;

import java.time.Duration;

/** Durations for log lines: {@code 250 ms}, {@code 40 s}, {@code 5 min}, {@code 24 h}. */
final class LogDurations {

    private LogDurations() {
    }

    static String format(Duration duration) {
        long millis = duration.toMillis();
        if (millis < 1000) {
            return millis + " ms";
        }
        long seconds = duration.toSeconds();
        if (seconds < 120 || seconds % 60 != 0) {
            return seconds + " s";
        }
        long minutes = seconds / 60;
        return minutes < 120 || minutes % 60 != 0 ? minutes + " min" : minutes / 60 + " h";
    }
}
