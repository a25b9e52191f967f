package de.sprechstunde.core.storage;

import de.sprechstunde.core.learner.LearnerId;
import de.sprechstunde.core.learner.Platform;
import de.sprechstunde.core.message.ChatAddress;
import de.sprechstunde.core.message.IncomingMessage;
import de.sprechstunde.core.message.MessageContent;
import de.sprechstunde.core.message.MessageKey;
import de.sprechstunde.core.message.VoiceNote;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The stored form of an accepted message: a map of strings, numbers and booleans that MongoDB
 * keeps as a document and Redis as JSON, so a pending message can be answered after a restart.
 * Everything an {@link IncomingMessage} holds survives the round trip.
 */
public final class StoredMessages {

    private StoredMessages() {
    }

    public static Map<String, Object> toMap(IncomingMessage message) {
        MessageKey key = message.key();
        Map<String, Object> stored = new LinkedHashMap<>();
        stored.put("platform", key.platform().key());
        stored.put("chatId", key.chatId());
        stored.put("messageId", key.messageId());
        stored.put("group", message.chat().group());
        stored.put("sender", message.sender().asString());
        stored.put("name", message.displayName());
        stored.put("content", content(message.content()));
        stored.put("receivedAt", message.receivedAt().toEpochMilli());
        return stored;
    }

    /** Reads what {@link #toMap} wrote (nested maps may be any {@code Map}, e.g. a BSON document). */
    public static IncomingMessage fromMap(Map<String, ?> stored) {
        Platform platform = Platform.fromKey((String) stored.get("platform"));
        String chatId = (String) stored.get("chatId");
        return new IncomingMessage(
                new MessageKey(platform, chatId, (String) stored.get("messageId")),
                new ChatAddress(platform, chatId, Boolean.TRUE.equals(stored.get("group"))),
                LearnerId.parse((String) stored.get("sender")),
                (String) stored.get("name"),
                content((Map<?, ?>) stored.get("content")),
                instant(stored.get("receivedAt")));
    }

    private static Map<String, Object> content(MessageContent content) {
        Map<String, Object> stored = new LinkedHashMap<>();
        if (content instanceof MessageContent.Text text) {
            stored.put("type", "text");
            stored.put("text", text.text());
        } else if (content instanceof MessageContent.Voice voice) {
            VoiceNote note = voice.note();
            stored.put("type", "voice");
            stored.put("fileRef", note.fileRef());
            stored.put("durationMs", note.duration().map(Duration::toMillis).orElse(null));
            stored.put("size", note.sizeBytes());
            stored.put("mime", note.mimeType());
        } else {
            stored.put("type", "unsupported");
            stored.put("kind", ((MessageContent.Unsupported) content).kind());
        }
        return stored;
    }

    private static MessageContent content(Map<?, ?> stored) {
        return switch ((String) stored.get("type")) {
            case "text" -> new MessageContent.Text((String) stored.get("text"));
            case "voice" -> new MessageContent.Voice(new VoiceNote((String) stored.get("fileRef"),
                    Optional.ofNullable((Number) stored.get("durationMs")).map(n -> Duration.ofMillis(n.longValue())),
                    ((Number) stored.get("size")).longValue(), (String) stored.get("mime")));
            default -> new MessageContent.Unsupported((String) stored.get("kind"));
        };
    }

    // Epoch milliseconds since 0.1; messages stored before that (MongoDB) hold a date.
    private static Instant instant(Object stored) {
        return stored instanceof Date date ? date.toInstant() : Instant.ofEpochMilli(((Number) stored).longValue());
    }
}
