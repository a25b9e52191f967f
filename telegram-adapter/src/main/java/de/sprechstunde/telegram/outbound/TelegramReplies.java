package de.sprechstunde.telegram.outbound;

import de.sprechstunde.core.message.ReplySink;
import de.sprechstunde.telegram.api.BotApi;

/** Makes the reply sink for each answer; all sinks share the senders (and so the pacing). Thread-safe. */
public final class TelegramReplies {

    private final BotApi api;
    private final TextSender texts;
    private final VoiceSender voices;
    private final PhotoSender photos;
    private final ChatActions actions;
    private final Drafts drafts;

    public TelegramReplies(BotApi api, TextSender texts, VoiceSender voices, PhotoSender photos, ChatActions actions, Drafts drafts) {
        this.api = api;
        this.texts = texts;
        this.voices = voices;
        this.photos = photos;
        this.actions = actions;
        this.drafts = drafts;
    }

    public ReplySink sinkFor(Destination to) {
        return new TelegramReplySink(to, texts, voices, photos, actions, progress -> new TelegramTextStream(texts, api, drafts, to, progress));
    }
}
