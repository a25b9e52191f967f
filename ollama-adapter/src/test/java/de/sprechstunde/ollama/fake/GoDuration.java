package de.sprechstunde.ollama.fake;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads {@code keep_alive} the way Ollama does: absent means 5 minutes, a number is seconds, a
 * string goes through Go's {@code time.ParseDuration} (so {@code "3600"} is an error: missing unit),
 * and anything negative means forever.
 */
final class GoDuration {

    static final Duration FOREVER = Duration.ofDays(100 * 365);

    private static final Pattern PART = Pattern.compile("(\\d+(?:\\.\\d*)?)(ns|us|µs|ms|s|m|h)");
    private static final Map<String, Long> NANOS = Map.of("ns", 1L, "us", 1_000L, "µs", 1_000L, "ms", 1_000_000L,
            "s", 1_000_000_000L, "m", 60_000_000_000L, "h", 3_600_000_000_000L);

    private GoDuration() {
    }

    static Duration keepAlive(JsonNode value) {
        if (value.isMissingNode() || value.isNull()) {
            return Duration.ofMinutes(5);
        }
        Duration duration = value.isNumber() ? Duration.ofMillis((long) (value.asDouble() * 1000)) : parse(value.asText());
        return duration.isNegative() ? FOREVER : duration;
    }

    static Duration parse(String text) {
        if (text.equals("0")) {
            return Duration.ZERO;
        }
        boolean negative = text.startsWith("-");
        String rest = negative || text.startsWith("+") ? text.substring(1) : text;
        if (rest.matches("\\d+(\\.\\d*)?")) {
            throw new IllegalArgumentException("time: missing unit in duration \"" + text + "\"");
        }
        Matcher part = PART.matcher(rest);
        long nanos = 0;
        int end = 0;
        while (part.find() && part.start() == end) {
            nanos += new BigDecimal(part.group(1)).multiply(BigDecimal.valueOf(NANOS.get(part.group(2)))).longValue();
            end = part.end();
        }
        if (end != rest.length() || rest.isEmpty()) {
            throw new IllegalArgumentException("time: invalid duration \"" + text + "\"");
        }
        return Duration.ofNanos(negative ? -nanos : nanos);
    }
}
