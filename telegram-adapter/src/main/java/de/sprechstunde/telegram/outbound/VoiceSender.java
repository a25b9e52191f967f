package de.sprechstunde.telegram.outbound;

import de.sprechstunde.core.message.DeliveryFailedException;
import de.sprechstunde.core.message.Reply;
import de.sprechstunde.core.message.VoiceClip;
import de.sprechstunde.telegram.api.ApiResult;
import de.sprechstunde.telegram.api.BotApi;
import java.io.ByteArrayInputStream;
import java.util.List;
import org.telegram.telegrambots.meta.api.methods.ParseMode;
import org.telegram.telegrambots.meta.api.methods.send.SendVoice;
import org.telegram.telegrambots.meta.api.objects.InputFile;
import org.telegram.telegrambots.meta.api.objects.message.Message;

/**
 * Sends a spoken answer with {@code sendVoice} (OGG/Opus upload). A caption that fits Telegram's
 * 1024 characters goes with the voice; a longer one follows as a text message. Thread-safe.
 */
public final class VoiceSender {

    static final int CAPTION_LIMIT = 1024;
    private static final String FILE_NAME = "tutor-voice.ogg";

    private final BotApi api;
    private final TinyMarkdown markdown;
    private final TextSender texts;

    public VoiceSender(BotApi api, TinyMarkdown markdown, TextSender texts) {
        this.api = api;
        this.markdown = markdown;
        this.texts = texts;
    }

    /**
     * @throws DeliveryFailedException when Telegram stayed unavailable: for the voice, or for a long caption sent after it
     */
    public void send(Destination to, VoiceClip clip) {
        String caption = clip.caption().strip();
        boolean captionFits = !caption.isEmpty() && markdown.plain(caption).length() <= CAPTION_LIMIT;
        ApiResult<Message> result = api.await(api.voice(to.chatId(), voice(to, clip, captionFits ? markdown.html(caption) : null,
                captionFits ? ParseMode.HTML : null)));
        if (result instanceof ApiResult.BadEntities) {
            result = api.await(api.voice(to.chatId(), voice(to, clip, markdown.plain(caption), null)));
        }
        if (result instanceof ApiResult.Unavailable<Message> unavailable) {
            throw new DeliveryFailedException("sendVoice: " + unavailable.description(), new Reply.Voice(clip));
        }
        if (result.delivered() && !caption.isEmpty() && !captionFits) {
            texts.send(to.unquoted(), caption, List.of());
        }
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
