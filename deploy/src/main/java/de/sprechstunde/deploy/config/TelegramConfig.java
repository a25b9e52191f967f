package de.sprechstunde.deploy.config;

import de.sprechstunde.telegram.TelegramSettings;
import java.util.Optional;

/** Reads TELEGRAM_* (docs/telegram.md); empty when no TELEGRAM_BOT_TOKEN is set. */
final class TelegramConfig {

    private TelegramConfig() {
    }

    static Optional<TelegramSettings> read(Env env) {
        return Validated.settings(() -> TelegramSettings.fromVariables(env::optional));
    }
}
