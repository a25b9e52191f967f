package de.sprechstunde.deploy.config;

import de.sprechstunde.core.config.TutorSettings;
import de.sprechstunde.core.ollama.OllamaSettings;
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
 */
public record AppConfig(TutorSettings tutor, HttpSettings http, String logLevel, Path dataDir, OllamaSettings ollama) {
    public AppConfig {
        Objects.requireNonNull(tutor, "tutor");
        Objects.requireNonNull(http, "http");
        Objects.requireNonNull(logLevel, "logLevel");
        Objects.requireNonNull(dataDir, "dataDir");
        Objects.requireNonNull(ollama, "ollama");
    }

    /** True when no platform is configured: the bot then chats on the console. */
    public boolean consoleChat() {
        return true;
    }
}
