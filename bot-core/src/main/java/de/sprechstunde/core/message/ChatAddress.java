package de.sprechstunde.core.message;

import de.sprechstunde.core.learner.Platform;
import java.util.Objects;

/**
 * Where a reply goes: a chat (Telegram chat, Discord channel or thread, the console) on one platform.
 *
 * @param platform the platform the chat lives on
 * @param chatId   the platform's id of the chat, as text
 * @param group    true for group chats and guild channels, false for private chats and DMs
 */
public record ChatAddress(Platform platform, String chatId, boolean group) {
    public ChatAddress {
        Objects.requireNonNull(platform, "platform");
        if (chatId == null || chatId.isBlank()) {
            throw new IllegalArgumentException("chatId must not be blank");
        }
    }

    public static ChatAddress direct(Platform platform, String chatId) {
        return new ChatAddress(platform, chatId, false);
    }
}
