package de.sprechstunde.deploy.config;

import static de.sprechstunde.deploy.config.Variables.*;

import de.sprechstunde.core.config.Secret;
import de.sprechstunde.telegram.TelegramMode;
import de.sprechstunde.telegram.TelegramSettings;
import java.net.URI;
import java.util.Optional;

/** Reads TELEGRAM_* (docs/telegram.md); empty when no TELEGRAM_BOT_TOKEN is set. */
final class TelegramConfig {

    private TelegramConfig() {
    }

    static Optional<TelegramSettings> read(Env env) {
        return env.secret(TELEGRAM_BOT_TOKEN, TelegramSettings.TOKEN_SHAPE, "a bot token: digits, a colon, then letters, digits, _ or -")
                .map(token -> settings(env, token));
    }

    private static TelegramSettings settings(Env env, Secret token) {
        TelegramSettings d = TelegramSettings.polling(token);
        URI apiUrl = apiUrl(env, d.apiUrl());
        TelegramMode mode = env.choice(TELEGRAM_MODE, d.mode());
        Optional<URI> webhookUrl = env.optionalUri(TELEGRAM_WEBHOOK_URL, "https", "http");
        Optional<Secret> webhookSecret = env.secret(TELEGRAM_WEBHOOK_SECRET, TelegramSettings.WEBHOOK_SECRET_SHAPE,
                "1-256 characters of A-Z, a-z, 0-9, _ and -");
        if (mode == TelegramMode.WEBHOOK && webhookUrl.isEmpty()) {
            throw env.bad(TELEGRAM_WEBHOOK_URL, "is required when TELEGRAM_MODE=webhook");
        }
        if (mode == TelegramMode.WEBHOOK && webhookSecret.isEmpty()) {
            throw env.bad(TELEGRAM_WEBHOOK_SECRET, "is required when TELEGRAM_MODE=webhook");
        }
        return new TelegramSettings(token, apiUrl, mode, webhookUrl, webhookSecret,
                env.seconds(TELEGRAM_POLL_TIMEOUT_SECONDS, d.pollTimeout(), 1, 90),
                env.millis(TELEGRAM_CHAT_INTERVAL_MS, d.privateChatSpacing(), 0, 60_000),
                env.millis(TELEGRAM_GROUP_INTERVAL_MS, d.groupChatSpacing(), 0, 60_000),
                env.integer(TELEGRAM_MAX_CALLS_PER_SECOND, d.maxCallsPerSecond(), 1, 30));
    }

    private static URI apiUrl(Env env, URI fallback) {
        URI url = env.uri(TELEGRAM_API_URL, fallback, "https", "http");
        String path = url.getRawPath() == null ? "" : url.getRawPath();
        if (!(path.isEmpty() || path.equals("/")) || url.getRawQuery() != null) {
            // telegrambots' TelegramUrl has room for scheme, host and port only
            throw env.bad(TELEGRAM_API_URL, "must be http(s)://host[:port] without a path");
        }
        return url;
    }
}
