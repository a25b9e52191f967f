package de.sprechstunde.discord.outbound;

import de.sprechstunde.core.message.Choice;
import java.util.EnumSet;
import java.util.List;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import net.dv8tion.jda.api.utils.messages.MessageEditBuilder;
import net.dv8tion.jda.api.utils.messages.MessageEditData;

/**
 * Turns the core's text into Discord message bodies: markdown rendered, split under the length
 * limit, choices as buttons, and mentions switched off, so neither a learner's words nor the
 * model can ping {@code @everyone} through the bot. Thread-safe.
 */
public final class DiscordFormat {

    private static final EnumSet<Message.MentionType> NO_MENTIONS = EnumSet.noneOf(Message.MentionType.class);
    private static final String MORE = " …";

    private final DiscordMarkdown markdown = new DiscordMarkdown();
    private final MessageSplitter splitter;
    private final MessageSplitter previewSplitter;
    private final ChoiceButtons buttons;

    public DiscordFormat(ChoiceButtons buttons) {
        this.buttons = buttons;
        this.splitter = new MessageSplitter(MessageSplitter.DISCORD_LIMIT);
        this.previewSplitter = new MessageSplitter(MessageSplitter.DISCORD_LIMIT - MORE.length());
    }

    /** The messages a text becomes, each within Discord's limit. */
    public List<String> parts(String coreText) {
        return splitter.split(markdown.render(coreText));
    }

    /** What a streamed answer shows so far: its first message, marked when more follows. */
    public String preview(String soFar) {
        List<String> parts = previewSplitter.split(markdown.render(soFar));
        if (parts.isEmpty()) {
            return "";
        }
        return parts.size() == 1 ? parts.get(0) : parts.get(0) + MORE;
    }

    public MessageCreateData create(String content, List<Choice> choices) {
        return new MessageCreateBuilder().setContent(content).setComponents(buttons.rows(choices))
                .setAllowedMentions(NO_MENTIONS).build();
    }

    public MessageEditData edit(String content, List<Choice> choices) {
        return new MessageEditBuilder().setContent(content).setComponents(buttons.rows(choices))
                .setAllowedMentions(NO_MENTIONS).build();
    }
}
