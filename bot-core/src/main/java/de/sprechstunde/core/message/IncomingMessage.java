package de.sprechstunde.core.message;

import de.sprechstunde.core.learner.LearnerId;
import de.sprechstunde.core.learner.Platform;
import java.time.Instant;
import java.util.Objects;

/**
 * One message from a learner, translated from a platform event by an adapter. Platform-neutral
 * and fully serialisable: nothing here refers to a live connection.
 *
 * @param key         identifies the message across redeliveries
 * @param chat        where replies go
 * @param sender      the learner who wrote it
 * @param displayName the learner's name as the platform shows it (for a friendly greeting)
 * @param content     what was sent
 * @param receivedAt  when the platform says it was sent
 */
public record IncomingMessage(
        MessageKey key, ChatAddress chat, LearnerId sender, String displayName, MessageContent content, Instant receivedAt) {

    public IncomingMessage {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(chat, "chat");
        Objects.requireNonNull(sender, "sender");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(receivedAt, "receivedAt");
        displayName = displayName == null ? "" : displayName;
        if (key.platform() != chat.platform() || sender.platform() != chat.platform()) {
            throw new IllegalArgumentException("key, chat and sender must be on the same platform");
        }
    }

    /** The same message with other content (e.g. its text normalised). */
    public IncomingMessage withContent(MessageContent newContent) {
        return new IncomingMessage(key, chat, sender, displayName, newContent, receivedAt);
    }

    public Platform platform() {
        return chat.platform();
    }

    /** The kind used in metrics and logs: {@code text}, {@code command}, {@code voice} or the unsupported kind. */
    public String kind() {
        if (content instanceof MessageContent.Text text) {
            return text.text().strip().startsWith("/") ? "command" : "text";
        }
        if (content instanceof MessageContent.Voice) {
            return "voice";
        }
        return "unsupported";
    }
}
