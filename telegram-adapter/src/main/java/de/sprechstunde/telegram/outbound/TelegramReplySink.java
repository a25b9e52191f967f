package de.sprechstunde.telegram.outbound;

import de.sprechstunde.core.message.Activity;
import de.sprechstunde.core.message.Reply;
import de.sprechstunde.core.message.ReplySink;
import de.sprechstunde.core.message.StreamProgress;
import de.sprechstunde.core.message.TextStream;
import java.util.function.Function;

/**
 * Answers one learner message in its Telegram chat. The core calls it from its worker; the calls
 * go out through the send queue (paced, retried), and a method returns when the reply arrived,
 * as the port says: only a reply still undelivered after the retry window throws
 * {@code DeliveryFailedException}. Stream updates and activity never wait.
 */
public final class TelegramReplySink implements ReplySink {

    private final Destination to;
    private final TextSender texts;
    private final VoiceSender voices;
    private final PhotoSender photos;
    private final ChatActions actions;
    private final Function<StreamProgress, TextStream> streams;

    TelegramReplySink(Destination to, TextSender texts, VoiceSender voices, PhotoSender photos, ChatActions actions,
                      Function<StreamProgress, TextStream> streams) {
        this.photos = photos;
        this.to = to;
        this.texts = texts;
        this.voices = voices;
        this.actions = actions;
        this.streams = streams;
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
        return streams.apply(progress);
    }

    @Override
    public void working(Activity activity) {
        actions.show(to.chat(), activity);
    }
}
