package de.sprechstunde.telegram;

import java.util.Locale;

/** How updates reach the bot: it asks Telegram (long polling) or Telegram calls it (webhook). */
public enum TelegramMode {
    POLLING,
    WEBHOOK;

    /** Parses {@code polling} or {@code webhook}, case-insensitively. */
    static TelegramMode parse(String value) {
        for (TelegramMode mode : values()) {
            if (mode.name().equalsIgnoreCase(value.trim())) {
                return mode;
            }
        }
        throw new IllegalArgumentException("TELEGRAM_MODE must be polling or webhook, got '" + value + "'");
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
