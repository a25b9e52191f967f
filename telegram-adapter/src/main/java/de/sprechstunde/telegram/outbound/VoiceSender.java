package de.sprechstunde.telegram.outbound;

import de.sprechstunde.core.message.DeliveryFailedException;
import de.sprechstunde.core.message.Reply;
import de.sprechstunde.core.message.VoiceClip;
import de.sprechstunde.telegram.api.BotApi;
import java.io.ByteArrayInputStream;
import org.telegram.telegrambots.meta.api.methods.send.SendVoice;
import org.telegram.telegrambots.meta.api.objects.InputFile;

/**
 * Sends a spoken answer with {@code sendVoice} (OGG/Opus upload). A caption that fits Telegram's
 * 1024 characters goes with the voice; a longer one follows as a text message. Thread-safe.
 */
public final class VoiceSender {

    private static final String FILE_NAME = "tutor-voice.ogg";

    private final BotApi api;
    private final CaptionedUpload uploads;

    public VoiceSender(BotApi api, TinyMarkdown markdown, TextSender texts) {
        this.api = api;
        this.uploads = new CaptionedUpload(markdown, texts);
    }

    /**
     * @throws DeliveryFailedException when Telegram stayed unavailable: for the voice, or for a long caption sent after it
     */
    public void send(Destination to, VoiceClip clip) {
        uploads.send(to, clip.caption(), (caption, parseMode) -> api.await(api.voice(to.chatId(), voice(to, clip, caption, parseMode))),
                "sendVoice", new Reply.Voice(clip));
    }

    private static SendVoice voice(Destination to, VoiceClip clip, String caption, String parseMode) {
        long seconds = Math.max(1, (clip.duration().toMillis() + 999) / 1000);
        return SendVoice.builder()
                .chatId(to.chatId())
                .messageThreadId(to.topic())
                // a fresh stream per attempt: the upload consumes it
                .voice(new InputFile(new ByteArrayInputStream(clip.oggOpus()), FILE_NAME))
                .duration((int) seconds)
                .caption(caption)
                .parseMode(parseMode)
                .replyParameters(to.replyParameters())
                .build();
    }
}
