package de.sprechstunde.telegram.inbound;

import de.sprechstunde.core.learner.LearnerId;
import de.sprechstunde.core.learner.Platform;
import de.sprechstunde.core.message.ChatAddress;
import de.sprechstunde.core.message.IncomingMessage;
import de.sprechstunde.core.message.MessageContent;
import de.sprechstunde.core.message.MessageKey;
import de.sprechstunde.telegram.api.ChatRef;
import de.sprechstunde.telegram.outbound.Destination;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.message.Message;

/**
 * Translates a new Telegram message into an {@link IncomingMessage}: the key is telegram + chat id
 * + message id, so a redelivered update is recognised by the core. Messages from bots and
 * channels, service messages and group chatter not addressed to the tutor translate to nothing.
 */
public final class MessageTranslator {

    private static final Logger log = LoggerFactory.getLogger(MessageTranslator.class);

    private final ContentReader contents = new ContentReader();
    private final Addressing addressing;

    public MessageTranslator(BotIdentity bot) {
        this.addressing = new Addressing(bot);
    }

    public Optional<Inbound> translate(Message message) {
        User from = message.getFrom();
        if (from == null || Boolean.TRUE.equals(from.getIsBot()) || message.getChat() == null || message.isChannelMessage()) {
            log.debug("ignored message {}: not from a person", message.getMessageId());
            return Optional.empty();
        }
        Optional<MessageContent> content = contents.read(message);
        if (content.isEmpty()) {
            log.debug("ignored service message {}", message.getMessageId());
            return Optional.empty();
        }
        boolean group = !message.isUserMessage();
        Addressing.Verdict verdict = addressing.judge(message, group);
        if (verdict instanceof Addressing.Verdict.NotForBot notForBot) {
            log.debug("ignored message {}: {}", message.getMessageId(), notForBot.why());
            return Optional.empty();
        }
        MessageContent read = content.get();
        Optional<String> cleaned = ((Addressing.Verdict.ForBot) verdict).text();
        if (read instanceof MessageContent.Text && cleaned.isPresent()) {
            read = new MessageContent.Text(cleaned.get());
        }
        ChatRef chat = new ChatRef(message.getChatId(), message.isTopicMessage() ? Optional.ofNullable(message.getMessageThreadId()) : Optional.empty());
        IncomingMessage incoming = new IncomingMessage(
                new MessageKey(Platform.TELEGRAM, Long.toString(message.getChatId()), Integer.toString(message.getMessageId())),
                new ChatAddress(Platform.TELEGRAM, chat.asString(), group),
                new LearnerId(Platform.TELEGRAM, Long.toString(from.getId())),
                from.getFirstName(),
                read,
                message.getDate() == null ? Instant.EPOCH : Instant.ofEpochSecond(message.getDate()));
        return Optional.of(new Inbound(incoming, new Destination(chat, group ? Optional.of(message.getMessageId()) : Optional.empty())));
    }
}
