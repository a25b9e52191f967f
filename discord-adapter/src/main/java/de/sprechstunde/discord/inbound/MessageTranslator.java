package de.sprechstunde.discord.inbound;

import de.sprechstunde.core.learner.LearnerId;
import de.sprechstunde.core.learner.Platform;
import de.sprechstunde.core.message.ChatAddress;
import de.sprechstunde.core.message.IncomingMessage;
import de.sprechstunde.core.message.MessageContent;
import de.sprechstunde.core.message.MessageKey;
import java.util.Optional;
import java.util.regex.Pattern;
import net.dv8tion.jda.api.entities.Message;

/**
 * A Discord message as the core's {@link IncomingMessage}: voice message or audio file first,
 * else its text without the mention of the bot, else the kind of thing it was.
 */
public final class MessageTranslator {

    public IncomingMessage translate(Message message, long selfId) {
        MessageContent content = AttachmentContent.voice(message).map(MessageContent.class::cast)
                .or(() -> text(message, selfId))
                .orElseGet(() -> AttachmentContent.unsupported(message));
        String channelId = message.getChannelId();
        return new IncomingMessage(
                new MessageKey(Platform.DISCORD, channelId, message.getId()),
                new ChatAddress(Platform.DISCORD, channelId, message.isFromGuild()),
                new LearnerId(Platform.DISCORD, message.getAuthor().getId()),
                message.getAuthor().getEffectiveName(),
                content,
                message.getTimeCreated().toInstant());
    }

    private static Optional<MessageContent> text(Message message, long selfId) {
        Pattern mention = Pattern.compile("<@!?" + selfId + ">");
        String text = mention.matcher(message.getContentRaw()).replaceAll("").strip();
        if (text.isEmpty() && (!message.getAttachments().isEmpty() || !message.getStickers().isEmpty())) {
            return Optional.empty();
        }
        // a bare mention is still a message: the core answers it with its friendly "empty message" hint
        return Optional.of(new MessageContent.Text(text));
    }
}
