package de.sprechstunde.deploy.config;

import java.util.Locale;
import java.util.Set;

/** Reads and checks LOG_LEVEL. */
final class LogLevel {

    private static final Set<String> LEVELS = Set.of("TRACE", "DEBUG", "INFO", "WARN", "ERROR");

    private LogLevel() {
    }

    static String read(Env env) {
        String level = env.string("LOG_LEVEL", "INFO").toUpperCase(Locale.ROOT);
        if (!LEVELS.contains(level)) {
            throw new ConfigException("LOG_LEVEL", "must be one of TRACE, DEBUG, INFO, WARN, ERROR, got '" + level + "'");
        }
        return level;
    }
}
