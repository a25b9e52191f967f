package de.sprechstunde.core.testing;

import de.sprechstunde.core.learner.LearnerId;
import de.sprechstunde.core.learner.Platform;
import de.sprechstunde.core.message.ChatAddress;
import de.sprechstunde.core.message.IncomingMessage;
import de.sprechstunde.core.message.MessageContent;
import de.sprechstunde.core.message.MessageKey;
import de.sprechstunde.core.message.VoiceNote;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/** Builds incoming messages for tests: one learner, Lena, in a private chat on one platform. */
public final class Messages {

    private static final AtomicLong IDS = new AtomicLong(1000);

    private final Platform platform;
    private final String userId;

    public Messages(Platform platform, String userId) {
        this.platform = platform;
        this.userId = userId;
    }

    public static Messages lena() {
        return new Messages(Platform.TELEGRAM, "4242");
    }

    public LearnerId learner() {
        return new LearnerId(platform, userId);
    }

    public IncomingMessage text(String text) {
        return message(String.valueOf(IDS.incrementAndGet()), new MessageContent.Text(text));
    }

    /** A text message with a fixed id, to test redeliveries. */
    public IncomingMessage text(String messageId, String text) {
        return message(messageId, new MessageContent.Text(text));
    }

    public IncomingMessage voice(String fileRef, Duration duration, long size) {
        return message(String.valueOf(IDS.incrementAndGet()),
                new MessageContent.Voice(new VoiceNote(fileRef, Optional.of(duration), size, "audio/ogg")));
    }

    public IncomingMessage unsupported(String kind) {
        return message(String.valueOf(IDS.incrementAndGet()), new MessageContent.Unsupported(kind));
    }

    private IncomingMessage message(String messageId, MessageContent content) {
        return new IncomingMessage(new MessageKey(platform, userId, messageId), ChatAddress.direct(platform, userId),
                learner(), "Lena", content, Instant.parse("2026-11-27T10:00:00Z"));
    }
}
