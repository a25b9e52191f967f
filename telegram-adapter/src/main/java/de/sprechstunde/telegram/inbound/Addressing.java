package de.sprechstunde.telegram.inbound;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.telegram.telegrambots.meta.api.objects.MessageEntity;
import org.telegram.telegrambots.meta.api.objects.message.Message;

/**
 * Decides whether a message is meant for the tutor and how it reads without the addressing: in
 * private chats everything is; in groups only commands (bare or {@code /cmd@thisbot}), replies to
 * the bot and messages that mention it. {@code /cmd@otherbot} is never ours. Stateless.
 */
final class Addressing {

    /** The decision for one message. */
    sealed interface Verdict {
        /** For the tutor; {@code text} is the cleaned text when the message has text. */
        record ForBot(Optional<String> text) implements Verdict {
        }

        /** Not for the tutor; {@code why} is for the debug log. */
        record NotForBot(String why) implements Verdict {
        }
    }

    private final BotIdentity bot;
    private final Pattern mention;

    Addressing(BotIdentity bot) {
        this.bot = bot;
        this.mention = Pattern.compile("(?i)(?<![\\w@])@" + Pattern.quote(bot.username()) + "(?!\\w)");
    }

    Verdict judge(Message message, boolean group) {
        String text = message.hasText() ? message.getText() : null;
        if (text != null && text.startsWith("/")) {
            return command(text);
        }
        if (!group) {
            return new Verdict.ForBot(Optional.ofNullable(text));
        }
        if (repliesToBot(message) || mentions(text, message.getEntities()) || mentions(message.getCaption(), message.getCaptionEntities())) {
            return new Verdict.ForBot(Optional.ofNullable(text).map(this::withoutMentions));
        }
        return new Verdict.NotForBot("group message not addressed to the bot");
    }

    private Verdict command(String text) {
        int end = 0;
        while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
            end++;
        }
        String head = text.substring(0, end);
        int at = head.indexOf('@');
        if (at >= 0 && !bot.isNamed(head.substring(at + 1))) {
            return new Verdict.NotForBot("command for another bot");
        }
        String name = at >= 0 ? head.substring(0, at) : head;
        return new Verdict.ForBot(Optional.of(name + text.substring(end)));
    }

    private boolean repliesToBot(Message message) {
        Message replied = message.getReplyToMessage();
        return replied != null && replied.getFrom() != null && replied.getFrom().getId() == bot.id();
    }

    private boolean mentions(String text, List<MessageEntity> entities) {
        if (text == null) {
            return false;
        }
        if (entities != null) {
            for (MessageEntity entity : entities) {
                if ("text_mention".equals(entity.getType()) && entity.getUser() != null && entity.getUser().getId() == bot.id()) {
                    return true;
                }
            }
        }
        return mention.matcher(text).find();
    }

    private String withoutMentions(String text) {
        Matcher matcher = mention.matcher(text);
        String cleaned = matcher.replaceAll("").replaceAll("[ \\t]{2,}", " ").strip();
        return cleaned.replaceFirst("^[,:;]+\\s*", "");
    }
}
