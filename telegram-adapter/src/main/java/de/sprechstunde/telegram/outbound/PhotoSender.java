package de.sprechstunde.telegram.outbound;

import de.sprechstunde.core.message.DeliveryFailedException;
import de.sprechstunde.core.message.Reply;
import de.sprechstunde.telegram.api.ApiResult;
import de.sprechstunde.telegram.api.BotApi;
import java.io.ByteArrayInputStream;
import java.util.List;
import org.telegram.telegrambots.meta.api.methods.ParseMode;
import org.telegram.telegrambots.meta.api.methods.send.SendPhoto;
import org.telegram.telegrambots.meta.api.objects.InputFile;
import org.telegram.telegrambots.meta.api.objects.message.Message;

/**
 * Sends a picture with {@code sendPhoto} (multipart upload). As with voice messages, a caption
 * that fits Telegram's 1024 characters goes with the photo and a longer one follows as text. Thread-safe.
 */
public final class PhotoSender {

    private final BotApi api;
    private final TinyMarkdown markdown;
    private final TextSender texts;

    public PhotoSender(BotApi api, TinyMarkdown markdown, TextSender texts) {
        this.api = api;
        this.markdown = markdown;
        this.texts = texts;
    }

    /** @throws DeliveryFailedException when Telegram stayed unavailable */
    public void send(Destination to, Reply.Image image) {
        String caption = image.caption().strip();
        boolean captionFits = !caption.isEmpty() && markdown.plain(caption).length() <= VoiceSender.CAPTION_LIMIT;
        ApiResult<Message> result = api.photo(to.chatId(), photo(to, image, captionFits ? markdown.html(caption) : null,
                captionFits ? ParseMode.HTML : null));
        if (result instanceof ApiResult.BadEntities) {
            result = api.photo(to.chatId(), photo(to, image, markdown.plain(caption), null));
        }
        if (result instanceof ApiResult.Unavailable<Message> unavailable) {
            throw new DeliveryFailedException("sendPhoto: " + unavailable.description(), image);
        }
        if (result.delivered() && !caption.isEmpty() && !captionFits) {
            texts.send(to.unquoted(), caption, List.of());
        }
    }

    private static SendPhoto photo(Destination to, Reply.Image image, String caption, String parseMode) {
        return SendPhoto.builder()
                .chatId(to.chatId())
                .messageThreadId(to.topic())
                // a fresh stream per attempt: the upload consumes it
                .photo(new InputFile(new ByteArrayInputStream(image.png()), image.fileName()))
                .caption(caption)
                .parseMode(parseMode)
                .replyParameters(to.replyParameters())
                .build();
    }
}
