package de.sprechstunde.telegram;

import de.sprechstunde.core.platform.Tutor;
import de.sprechstunde.telegram.api.BotApi;
import de.sprechstunde.telegram.inbound.CallbackTranslator;
import de.sprechstunde.telegram.inbound.Inbound;
import de.sprechstunde.telegram.inbound.MessageTranslator;
import de.sprechstunde.telegram.outbound.TelegramReplies;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.chatmember.ChatMemberUpdated;

/**
 * Sends each kind of update to its translator and hands the result to the tutor. Runs on the
 * update thread (long polling) or the HTTP thread (webhook), so it does no slow work itself:
 * {@link Tutor#receive} returns at once and the answer is sent from the core's workers.
 */
final class UpdateRouter {

    private static final Logger log = LoggerFactory.getLogger(UpdateRouter.class);
    private static final String EXPIRED_BUTTON =
            "⌛ Dieser Knopf ist abgelaufen – bitte tippe den Befehl. / This button has expired – please type the command.";

    private final Tutor bot;
    private final MessageTranslator messages;
    private final CallbackTranslator callbacks;
    private final TelegramReplies replies;
    private final BotApi api;
    private final InFlight inFlight;

    UpdateRouter(Tutor bot, MessageTranslator messages, CallbackTranslator callbacks, TelegramReplies replies, BotApi api,
                 InFlight inFlight) {
        this.bot = bot;
        this.messages = messages;
        this.callbacks = callbacks;
        this.replies = replies;
        this.api = api;
        this.inFlight = inFlight;
    }

    /** Hands one update to the tutor, or ignores it on purpose. Never throws. */
    void route(Update update) {
        try {
            if (update.hasMessage()) {
                messages.translate(update.getMessage()).ifPresent(this::deliver);
            } else if (update.hasEditedMessage()) {
                // the original was answered already; answering every typo fix would flood the chat
                log.debug("ignored update {}: an edited message", update.getUpdateId());
            } else if (update.hasCallbackQuery()) {
                pressed(update.getCallbackQuery());
            } else if (update.getMyChatMember() != null) {
                membership(update.getMyChatMember());
            } else {
                log.debug("ignored update {}: a kind the tutor does not use", update.getUpdateId());
            }
        } catch (RuntimeException e) {
            log.error("update {} could not be handled: {}", update.getUpdateId(), api.describe(e));
        }
    }

    private void pressed(CallbackQuery query) {
        Optional<Inbound> inbound = callbacks.translate(query);
        // answered at once so the button stops spinning, whatever the tutor then says
        api.callInBackground(AnswerCallbackQuery.builder().callbackQueryId(query.getId())
                .text(inbound.isPresent() ? null : EXPIRED_BUTTON).build());
        inbound.ifPresent(this::deliver);
    }

    private void deliver(Inbound inbound) {
        api.blockedChats().unblock(inbound.replyTo().chatId());
        inFlight.track(bot.receive(inbound.message(), replies.sinkFor(inbound.replyTo())).whenComplete((outcome, error) -> {
            if (error != null) {
                log.warn("message {} was not handled: {}", inbound.message().key().asString(), api.describe(error));
            }
        }));
    }

    private void membership(ChatMemberUpdated change) {
        String status = change.getNewChatMember() == null ? "" : change.getNewChatMember().getStatus();
        long chatId = change.getChat().getId();
        if ("kicked".equals(status) || "left".equals(status)) {
            api.blockedChats().block(chatId, "the bot was " + status);
        } else if ("member".equals(status) || "administrator".equals(status)) {
            api.blockedChats().unblock(chatId);
        }
    }
}
