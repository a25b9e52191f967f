package de.sprechstunde.deploy.config;

import java.util.List;
import java.util.Objects;

/**
 * How the bot logs.
 *
 * @param level LOG_LEVEL
 * @param json  LOG_FORMAT=json: one JSON object per line on stderr, for log shippers
 */
public record LogSettings(String level, boolean json) {

    static final String DEFAULT_LEVEL = "INFO";
    private static final List<String> LEVELS = List.of("TRACE", "DEBUG", "INFO", "WARN", "ERROR");
    private static final List<String> FORMATS = List.of("text", "json");

    public LogSettings {
        Objects.requireNonNull(level, "level");
    }

    static LogSettings read(Env env) {
        return new LogSettings(env.choice(Variables.LOG_LEVEL, DEFAULT_LEVEL, LEVELS),
                env.choice(Variables.LOG_FORMAT, "text", FORMATS).equals("json"));
    }
}
