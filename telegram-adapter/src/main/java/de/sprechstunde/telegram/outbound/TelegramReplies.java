package de.sprechstunde.telegram.outbound;

import de.sprechstunde.core.message.ReplySink;

/** Makes the reply sink for each answer; all sinks share the senders (and so the pacing). Thread-safe. */
public final class TelegramReplies {

    private final TextSender texts;
    private final VoiceSender voices;
    private final PhotoSender photos;
    private final ChatActions actions;

    public TelegramReplies(TextSender texts, VoiceSender voices, PhotoSender photos, ChatActions actions) {
        this.texts = texts;
        this.voices = voices;
        this.photos = photos;
        this.actions = actions;
    }

    public ReplySink sinkFor(Destination to) {
        return new TelegramReplySink(to, texts, voices, photos, actions);
    }
}
