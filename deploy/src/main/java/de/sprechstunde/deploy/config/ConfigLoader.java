package de.sprechstunde.deploy.config;

import java.nio.file.Path;

/** Reads and validates the whole configuration; the first bad value stops with a {@link ConfigException}. */
public final class ConfigLoader {

    private ConfigLoader() {
    }

    public static AppConfig load(Env env) {
        Path dataDir = Path.of(env.string("DATA_DIR", "./data"));
        return new AppConfig(
                CoreConfig.read(env),
                new HttpSettings(env.integer("HTTP_PORT", 8000, 0, 65535), env.bool("ENABLE_METRICS", true)),
                LogLevel.read(env),
                dataDir,
                OllamaConfig.read(env),
                StateConfig.read(env),
                SpeechConfig.read(env),
                GrammarConfig.read(env),
                TelegramConfig.read(env),
                DiscordConfig.read(env, dataDir));
    }
}
