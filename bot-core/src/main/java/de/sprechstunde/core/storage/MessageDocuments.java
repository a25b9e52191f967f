package de.sprechstunde.core.storage;

import de.sprechstunde.core.learner.LearnerId;
import de.sprechstunde.core.message.ChatAddress;
import de.sprechstunde.core.message.IncomingMessage;
import de.sprechstunde.core.message.MessageContent;
import de.sprechstunde.core.message.MessageKey;
import de.sprechstunde.core.message.Platform;
import de.sprechstunde.core.message.VoiceNote;
import java.time.Duration;
import java.util.Date;
import java.util.Optional;
import org.bson.Document;

/**
 * Stores an accepted message as a BSON document (MongoDB) or its JSON (Redis), so it can be
 * answered after a restart. Everything an {@link IncomingMessage} holds survives the round trip.
 */
public final class MessageDocuments {

    private MessageDocuments() {
    }

    public static Document toDocument(IncomingMessage message) {
        MessageKey key = message.key();
        return new Document("platform", key.platform().key())
                .append("chatId", key.chatId())
                .append("messageId", key.messageId())
                .append("group", message.chat().group())
                .append("sender", message.sender().asString())
                .append("name", message.displayName())
                .append("content", content(message.content()))
                .append("receivedAt", Date.from(message.receivedAt()));
    }

    public static IncomingMessage fromDocument(Document document) {
        Platform platform = Platform.fromKey(document.getString("platform"));
        String chatId = document.getString("chatId");
        return new IncomingMessage(
                new MessageKey(platform, chatId, document.getString("messageId")),
                new ChatAddress(platform, chatId, document.getBoolean("group", false)),
                LearnerId.parse(document.getString("sender")),
                document.getString("name"),
                content(document.get("content", Document.class)),
                document.getDate("receivedAt").toInstant());
    }

    public static String toJson(IncomingMessage message) {
        return toDocument(message).toJson();
    }

    public static IncomingMessage fromJson(String json) {
        return fromDocument(Document.parse(json));
    }

    private static Document content(MessageContent content) {
        if (content instanceof MessageContent.Text text) {
            return new Document("type", "text").append("text", text.text());
        }
        if (content instanceof MessageContent.Voice voice) {
            VoiceNote note = voice.note();
            return new Document("type", "voice").append("fileRef", note.fileRef())
                    .append("durationMs", note.duration().map(Duration::toMillis).orElse(null))
                    .append("size", note.sizeBytes()).append("mime", note.mimeType());
        }
        return new Document("type", "unsupported").append("kind", ((MessageContent.Unsupported) content).kind());
    }

    private static MessageContent content(Document document) {
        return switch (document.getString("type")) {
            case "text" -> new MessageContent.Text(document.getString("text"));
            case "voice" -> new MessageContent.Voice(new VoiceNote(document.getString("fileRef"),
                    Optional.ofNullable(document.get("durationMs", Number.class)).map(n -> Duration.ofMillis(n.longValue())),
                    document.get("size", Number.class).longValue(), document.getString("mime")));
            default -> new MessageContent.Unsupported(document.getString("kind"));
        };
    }

}
