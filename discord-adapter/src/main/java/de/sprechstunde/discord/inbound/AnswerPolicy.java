package de.sprechstunde.discord.inbound;

import de.sprechstunde.discord.practice.PracticeThreads;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.MessageType;

/**
 * Where the tutor speaks up: every DM; in a server only when mentioned, when a learner replies to
 * one of its messages, or in a practice thread it opened for that learner. Everything else in a
 * server is other people's conversation.
 */
public final class AnswerPolicy {

    private final PracticeThreads practiceThreads;

    public AnswerPolicy(PracticeThreads practiceThreads) {
        this.practiceThreads = practiceThreads;
    }

    public boolean answers(Message message, long selfId) {
        if (message.getAuthor().isBot() || message.getAuthor().isSystem() || message.isWebhookMessage()) {
            return false;
        }
        if (message.getType() != MessageType.DEFAULT && message.getType() != MessageType.INLINE_REPLY) {
            return false;
        }
        if (!message.isFromGuild()) {
            return true;
        }
        if (message.getMentions().getUsers().stream().anyMatch(user -> user.getIdLong() == selfId)) {
            return true;
        }
        Message referenced = message.getReferencedMessage();
        if (referenced != null && referenced.getAuthor().getIdLong() == selfId) {
            return true;
        }
        return message.getChannelType() != null && message.getChannelType().isThread()
                && practiceThreads.learnerOf(message.getChannelId()).filter(message.getAuthor().getId()::equals).isPresent();
    }
}
