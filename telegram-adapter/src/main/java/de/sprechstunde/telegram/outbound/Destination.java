package de.sprechstunde.telegram.outbound;

import de.sprechstunde.telegram.api.ChatRef;
import java.util.Optional;
import org.telegram.telegrambots.meta.api.objects.ReplyParameters;

/**
 * Where one answer goes: the chat (and topic), and in groups the learner's message to quote so
 * everyone sees whom the tutor answers.
 *
 * @param chat    the chat and topic
 * @param quoting the learner's message id to reply to; empty in private chats
 */
public record Destination(ChatRef chat, Optional<Integer> quoting) {

    public long chatId() {
        return chat.chatId();
    }

    public Integer topic() {
        return chat.topic().orElse(null);
    }

    /** The same chat without quoting, for the second and later messages of one answer. */
    public Destination unquoted() {
        return new Destination(chat, Optional.empty());
    }

    /** Reply parameters that still send when the quoted message was deleted. */
    public ReplyParameters replyParameters() {
        return quoting.map(id -> ReplyParameters.builder().messageId(id).allowSendingWithoutReply(true).build()).orElse(null);
    }
}
