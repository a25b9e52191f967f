package de.sprechstunde.telegram.outbound;

import de.sprechstunde.core.message.DeliveryFailedException;
import de.sprechstunde.core.message.Reply;
import de.sprechstunde.telegram.api.ApiResult;
import java.util.List;
import java.util.function.BiFunction;
import org.telegram.telegrambots.meta.api.methods.ParseMode;
import org.telegram.telegrambots.meta.api.objects.message.Message;

/**
 * Sends a file with a caption the way Telegram allows: a caption that fits its 1024 characters goes
 * with the file (HTML, or plain text after a formatting refusal); a longer one follows as a text
 * message. Shared by voice messages and photos. Thread-safe.
 */
final class CaptionedUpload {

    static final int CAPTION_LIMIT = 1024;

    private final TinyMarkdown markdown;
    private final TextSender texts;

    CaptionedUpload(TinyMarkdown markdown, TextSender texts) {
        this.markdown = markdown;
        this.texts = texts;
    }

    /**
     * @param upload    sends the file with (caption, parse mode), either of which may be null
     * @param method    the Bot API method, for the failure message
     * @param undelivered what to keep when Telegram stays unavailable
     * @throws DeliveryFailedException when Telegram stayed unavailable: for the file, or for a long caption sent after it
     */
    void send(Destination to, String caption, BiFunction<String, String, ApiResult<Message>> upload, String method, Reply undelivered) {
        String text = caption.strip();
        boolean fits = !text.isEmpty() && markdown.plain(text).length() <= CAPTION_LIMIT;
        ApiResult<Message> result = upload.apply(fits ? markdown.html(text) : null, fits ? ParseMode.HTML : null);
        if (result instanceof ApiResult.BadEntities) {
            result = upload.apply(markdown.plain(text), null);
        }
        if (result instanceof ApiResult.Unavailable<Message> unavailable) {
            throw new DeliveryFailedException(method + ": " + unavailable.description(), undelivered);
        }
        if (result.delivered() && !text.isEmpty() && !fits) {
            texts.send(to.unquoted(), text, List.of());
        }
    }
}
