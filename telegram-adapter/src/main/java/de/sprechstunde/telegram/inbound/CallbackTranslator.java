package de.sprechstunde.telegram.inbound;

import de.sprechstunde.core.learner.LearnerId;
import de.sprechstunde.core.learner.Platform;
import de.sprechstunde.core.message.ChatAddress;
import de.sprechstunde.core.message.IncomingMessage;
import de.sprechstunde.core.message.MessageContent;
import de.sprechstunde.core.message.MessageKey;
import de.sprechstunde.telegram.api.ChatRef;
import de.sprechstunde.telegram.outbound.ChoiceKeyboards;
import de.sprechstunde.telegram.outbound.Destination;
import java.time.Clock;
import java.util.Optional;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.message.MaybeInaccessibleMessage;
import org.telegram.telegrambots.meta.api.objects.message.Message;

/**
 * Translates a pressed inline button into the command it stands for, as if the learner had typed
 * it. The key uses the callback query's id, which Telegram keeps on redelivery.
 */
public final class CallbackTranslator {

    private final ChoiceKeyboards keyboards;
    private final Clock clock;

    public CallbackTranslator(ChoiceKeyboards keyboards, Clock clock) {
        this.keyboards = keyboards;
        this.clock = clock;
    }

    /** @return empty when the button is not ours, has expired, or its message is out of reach */
    public Optional<Inbound> translate(CallbackQuery query) {
        MaybeInaccessibleMessage source = query.getMessage();
        Optional<String> command = keyboards.command(query.getData());
        if (source == null || source.getChat() == null || command.isEmpty() || query.getFrom() == null) {
            return Optional.empty();
        }
        long chatId = source.getChat().getId();
        Integer topic = source instanceof Message message && message.isTopicMessage() ? message.getMessageThreadId() : null;
        ChatRef chat = new ChatRef(chatId, Optional.ofNullable(topic));
        boolean group = !"private".equals(source.getChat().getType());
        IncomingMessage incoming = new IncomingMessage(
                new MessageKey(Platform.TELEGRAM, Long.toString(chatId), "cb" + query.getId()),
                new ChatAddress(Platform.TELEGRAM, chat.asString(), group),
                new LearnerId(Platform.TELEGRAM, Long.toString(query.getFrom().getId())),
                query.getFrom().getFirstName(),
                new MessageContent.Text(command.get()),
                clock.instant());
        return Optional.of(new Inbound(incoming, new Destination(chat, Optional.empty())));
    }
}
