package de.sprechstunde.ollama;

import java.util.regex.Pattern;

/**
 * The {@code keep_alive} value as Ollama accepts it. ollama4j sends it as a JSON string, and Ollama
 * parses a string with Go's {@code time.ParseDuration}, which rejects a bare number: so plain
 * seconds are turned into {@code "<n>s"} here instead of failing every request with a 400.
 */
public final class KeepAlive {

    private static final Pattern GO_DURATION = Pattern.compile("-?(\\d+(\\.\\d*)?(ns|us|µs|ms|s|m|h))+|0");
    private static final Pattern SECONDS = Pattern.compile("-?\\d+");

    private KeepAlive() {
    }

    /**
     * The value as sent to Ollama.
     *
     * @throws IllegalArgumentException saying what is expected when {@code value} is no such duration
     */
    public static String normalize(String value) {
        String trimmed = value == null ? "" : value.strip();
        if (GO_DURATION.matcher(trimmed).matches()) {
            return trimmed;
        }
        if (SECONDS.matcher(trimmed).matches()) {
            return trimmed + "s";
        }
        throw new IllegalArgumentException("must be a duration like 24h, 10m, 3600 (seconds), -1m (forever) or 0");
    }
}
