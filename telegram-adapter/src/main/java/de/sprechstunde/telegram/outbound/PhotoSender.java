package de.sprechstunde.telegram.outbound;

import de.sprechstunde.core.message.DeliveryFailedException;
import de.sprechstunde.core.message.Reply;
import de.sprechstunde.telegram.api.BotApi;
import java.io.ByteArrayInputStream;
import org.telegram.telegrambots.meta.api.methods.send.SendPhoto;
import org.telegram.telegrambots.meta.api.objects.InputFile;

/**
 * Sends a picture with {@code sendPhoto} (multipart upload). As with voice messages, a caption
 * that fits Telegram's 1024 characters goes with the photo and a longer one follows as text. Thread-safe.
 */
public final class PhotoSender {

    private final BotApi api;
    private final CaptionedUpload uploads;

    public PhotoSender(BotApi api, TinyMarkdown markdown, TextSender texts) {
        this.api = api;
        this.uploads = new CaptionedUpload(markdown, texts);
    }

    /** @throws DeliveryFailedException when Telegram stayed unavailable: for the photo, or for a long caption sent after it */
    public void send(Destination to, Reply.Image image) {
        uploads.send(to, image.caption(), (caption, parseMode) -> api.await(api.photo(to.chatId(), photo(to, image, caption, parseMode))),
                "sendPhoto", image);
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
