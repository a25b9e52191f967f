package de.sprechstunde.deploy.config;

import de.sprechstunde.core.config.TutorSettings;
import de.sprechstunde.core.ollama.OllamaSettings;
import de.sprechstunde.core.state.StateSettings;
import java.nio.file.Path;
import java.util.Objects;

/**
 * The whole validated configuration, read once at start (see docs/configuration.md).
 *
 * @param tutor    the core's settings
 * @param http     the operator's endpoints
 * @param logLevel LOG_LEVEL
 * @param dataDir  DATA_DIR, for the embedded store and the console log
 * @param ollama   the models
 * @param state    Redis, MongoDB, caches and rate limits
 */
public record AppConfig(TutorSettings tutor, HttpSettings http, String logLevel, Path dataDir, OllamaSettings ollama,
                        StateSettings state) {
    public AppConfig {
        Objects.requireNonNull(tutor, "tutor");
        Objects.requireNonNull(http, "http");
        Objects.requireNonNull(logLevel, "logLevel");
        Objects.requireNonNull(dataDir, "dataDir");
        Objects.requireNonNull(ollama, "ollama");
        Objects.requireNonNull(state, "state");
    }

    /** True when no platform is configured: the bot then chats on the console. */
    public boolean consoleChat() {
        return true;
    }
}
