package de.sprechstunde.telegram.outbound;

import de.sprechstunde.core.message.Activity;
import de.sprechstunde.core.message.Reply;
import de.sprechstunde.core.message.ReplySink;
import de.sprechstunde.core.message.StreamProgress;
import de.sprechstunde.core.message.TextStream;

/**
 * Answers one learner message in its Telegram chat. The core calls it from its worker, so the
 * network calls (paced, retried; only a reply still undelivered after the retry window throws
 * {@code DeliveryFailedException}) run there and never on the update thread.
 */
public final class TelegramReplySink implements ReplySink {

    private final Destination to;
    private final TextSender texts;
    private final VoiceSender voices;
    private final PhotoSender photos;
    private final ChatActions actions;

    public TelegramReplySink(Destination to, TextSender texts, VoiceSender voices, PhotoSender photos, ChatActions actions) {
        this.photos = photos;
        this.to = to;
        this.texts = texts;
        this.voices = voices;
        this.actions = actions;
    }

    @Override
    public void send(Reply reply) {
        if (reply instanceof Reply.Text text) {
            // Telegram has no ephemeral messages: the reply goes to the chat
            texts.send(to, text.text(), text.choices());
        } else if (reply instanceof Reply.Voice voice) {
            voices.send(to, voice.clip());
        } else if (reply instanceof Reply.Image image) {
            photos.send(to, image);
        }
    }

    @Override
    public TextStream stream() {
        return stream(StreamProgress.NONE);
    }

    @Override
    public TextStream stream(StreamProgress progress) {
        return new TelegramTextStream(texts, to, progress);
    }

    @Override
    public void working(Activity activity) {
        actions.show(to.chat(), activity);
    }
}
