package de.sprechstunde.core.message;

import de.sprechstunde.core.learner.Platform;
import java.util.Objects;

/**
 * Identifies one platform message across redeliveries: the same update delivered twice has the same key.
 */
public record MessageKey(Platform platform, String chatId, String messageId) {
    public MessageKey {
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(chatId, "chatId");
        Objects.requireNonNull(messageId, "messageId");
    }

    /** A compact form for storage keys and logs, e.g. {@code telegram:4242:11}. */
    public String asString() {
        return platform.key() + ":" + chatId + ":" + messageId;
    }
}
