package de.sprechstunde.deploy.config;

import de.sprechstunde.ollama.OllamaSettings;
import java.time.Duration;

/** Reads the OLLAMA_* variables (docs/ollama.md). */
final class OllamaConfig {

    private OllamaConfig() {
    }

    static OllamaSettings read(Env env) {
        OllamaSettings d = OllamaSettings.defaults();
        return Validated.settings(() -> new OllamaSettings(
                env.uri("OLLAMA_HOST", d.host().toString(), "http", "https"),
                env.string("OLLAMA_MODEL", d.model()),
                env.string("OLLAMA_MODEL_FAST", d.fastModel()),
                env.bool("OLLAMA_USE_FAST_FOR_VOICE", d.useFastForVoice()),
                env.string("OLLAMA_KEEP_ALIVE", d.keepAlive()),
                env.decimal("OLLAMA_TEMPERATURE", d.temperature(), 0, 2),
                env.integer("OLLAMA_MAX_TOKENS", d.maxTokens(), -1, 1_000_000),
                env.integer("OLLAMA_NUM_CTX", d.contextTokens(), 256, 1_048_576),
                env.seconds("OLLAMA_REQUEST_TIMEOUT", d.requestTimeout().toSeconds(), 1, 3600),
                env.seconds("OLLAMA_FIRST_TOKEN_TIMEOUT", d.firstTokenTimeout().toSeconds(), 1, 3600),
                env.integer("OLLAMA_RETRIES", d.retries(), 0, 10),
                Duration.ofMillis(env.longValue("OLLAMA_RETRY_BACKOFF_MS", d.retryBackoff().toMillis(), 1, 60_000)),
                env.seconds("OLLAMA_PRELOAD_TIMEOUT", d.preloadTimeout().toSeconds(), 1, 3600),
                env.seconds("OLLAMA_KEEP_WARM_INTERVAL", d.keepWarmInterval().toSeconds(), 10, 86_400),
                env.seconds("OLLAMA_CHECK_TIMEOUT", d.checkTimeout().toSeconds(), 1, 60),
                env.bool("OLLAMA_PULL_MISSING", d.pullMissing())));
    }
}
