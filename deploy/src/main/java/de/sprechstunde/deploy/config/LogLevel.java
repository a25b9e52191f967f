package de.sprechstunde.deploy.config;

import java.util.List;

/** Reads and checks LOG_LEVEL. */
final class LogLevel {

    static final String DEFAULT = "INFO";
    private static final List<String> LEVELS = List.of("TRACE", "DEBUG", "INFO", "WARN", "ERROR");

    private LogLevel() {
    }

    static String read(Env env) {
        return env.choice(Variables.LOG_LEVEL, DEFAULT, LEVELS);
    }
}
