package de.sprechstunde.telegram.outbound;

import de.sprechstunde.core.message.Choice;
import de.sprechstunde.core.message.DeliveryFailedException;
import de.sprechstunde.core.message.Reply;
import de.sprechstunde.telegram.api.ApiResult;
import de.sprechstunde.telegram.api.BotApi;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.telegram.telegrambots.meta.api.methods.ParseMode;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.DeleteMessage;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.api.objects.LinkPreviewOptions;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;

/**
 * Sends and edits text messages: the core's markdown as Telegram HTML, split under 4096
 * characters, the keyboard under the last part, and a plain-text resend when Telegram rejects
 * the formatting. Thread-safe.
 */
public final class TextSender {

    private static final LinkPreviewOptions NO_PREVIEW = LinkPreviewOptions.builder().isDisabled(true).build();

    private final BotApi api;
    private final TinyMarkdown markdown;
    private final MessageSplitter splitter;
    private final ChoiceKeyboards keyboards;

    public TextSender(BotApi api, TinyMarkdown markdown, MessageSplitter splitter, ChoiceKeyboards keyboards) {
        this.api = api;
        this.markdown = markdown;
        this.splitter = splitter;
        this.keyboards = keyboards;
    }

    /**
     * Sends a whole answer in order; returns the ids of the messages that arrived.
     *
     * @throws DeliveryFailedException when a part stayed unavailable; it carries that part and the rest
     */
    public List<Integer> send(Destination to, String text, List<Choice> choices) {
        List<String> parts = split(text);
        List<Integer> sent = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            boolean last = i == parts.size() - 1;
            Optional<Integer> id;
            try {
                id = sendPart(i == 0 ? to : to.unquoted(), parts.get(i), last ? keyboard(choices) : Optional.empty());
            } catch (DeliveryFailedException e) {
                String rest = String.join("\n\n", parts.subList(i, parts.size()));
                throw new DeliveryFailedException(e.getMessage(), Reply.Text.withChoices(rest, choices));
            }
            id.ifPresent(sent::add);
            if (id.isEmpty() && api.blockedChats().isBlocked(to.chatId())) {
                break;
            }
        }
        return sent;
    }

    public List<String> split(String text) {
        return splitter.split(text);
    }

    public Optional<InlineKeyboardMarkup> keyboard(List<Choice> choices) {
        return keyboards.keyboard(choices);
    }

    /**
     * Sends one part (already short enough) as a new message and waits until it arrived.
     *
     * @return the message id; empty when it was refused for good
     * @throws DeliveryFailedException when Telegram stayed unavailable for the retry window
     */
    public Optional<Integer> sendPart(Destination to, String part, Optional<InlineKeyboardMarkup> keyboard) {
        if (markdown.plain(part).isBlank()) {
            return Optional.empty();
        }
        ApiResult<Message> result = api.await(api.message(to.chatId(), newMessage(to, part, keyboard)));
        if (result instanceof ApiResult.BadEntities) {
            result = api.await(api.message(to.chatId(), message(to, markdown.plain(part), null, keyboard)));
        }
        unavailable(result, "sendMessage", part);
        return result.result().map(Message::getMessageId);
    }

    /**
     * Replaces the text of a message the bot sent and waits until it shows.
     *
     * @throws DeliveryFailedException when Telegram stayed unavailable for the retry window
     */
    public ApiResult<Serializable> editPart(Destination to, int messageId, String part, Optional<InlineKeyboardMarkup> keyboard) {
        ApiResult<Serializable> result = api.await(api.message(to.chatId(), edit(to, messageId, part, keyboard)));
        if (result instanceof ApiResult.BadEntities) {
            result = api.await(api.message(to.chatId(), edit(to, messageId, markdown.plain(part), null, keyboard)));
        }
        unavailable(result, "editMessageText", part);
        return result;
    }

    /** Deletes a message the bot sent; a delete that cannot get through leaves it (logged). */
    public void delete(Destination to, int messageId) {
        api.await(api.message(to.chatId(), DeleteMessage.builder().chatId(to.chatId()).messageId(messageId).build()));
    }

    /** A new message showing this part of the core's markdown as Telegram HTML. */
    SendMessage newMessage(Destination to, String part, Optional<InlineKeyboardMarkup> keyboard) {
        return message(to, markdown.html(part), ParseMode.HTML, keyboard);
    }

    /** An edit that makes a message show this part of the core's markdown as Telegram HTML. */
    EditMessageText edit(Destination to, int messageId, String part, Optional<InlineKeyboardMarkup> keyboard) {
        return edit(to, messageId, markdown.html(part), ParseMode.HTML, keyboard);
    }

    /** This part of the core's markdown as Telegram HTML, for drafts. */
    String html(String part) {
        return markdown.html(part);
    }

    static void unavailable(ApiResult<?> result, String method, String part) {
        if (result instanceof ApiResult.Unavailable<?> unavailable) {
            throw new DeliveryFailedException(method + ": " + unavailable.description(), Reply.Text.of(part));
        }
    }

    private static SendMessage message(Destination to, String text, String parseMode, Optional<InlineKeyboardMarkup> keyboard) {
        return SendMessage.builder()
                .chatId(to.chatId())
                .messageThreadId(to.topic())
                .text(text)
                .parseMode(parseMode)
                .linkPreviewOptions(NO_PREVIEW)
                .replyParameters(to.replyParameters())
                .replyMarkup(keyboard.orElse(null))
                .build();
    }

    private static EditMessageText edit(Destination to, int messageId, String text, String parseMode,
                                        Optional<InlineKeyboardMarkup> keyboard) {
        return EditMessageText.builder()
                .chatId(to.chatId())
                .messageId(messageId)
                .text(text)
                .parseMode(parseMode)
                .linkPreviewOptions(NO_PREVIEW)
                .replyMarkup(keyboard.orElse(null))
                .build();
    }
}
