package de.sprechstunde.telegram;

import java.util.Locale;

/** How updates reach the bot: it asks Telegram (long polling) or Telegram calls it (webhook). */
public enum TelegramMode {
    POLLING,
    WEBHOOK;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
