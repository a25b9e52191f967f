package de.sprechstunde.discord.inbound;

import de.sprechstunde.core.learner.LearnerId;
import de.sprechstunde.core.learner.Platform;
import de.sprechstunde.core.message.ChatAddress;
import de.sprechstunde.core.message.IncomingMessage;
import de.sprechstunde.core.message.MessageContent;
import de.sprechstunde.core.message.MessageKey;
import de.sprechstunde.discord.commands.SlashCommandCatalog;
import java.util.Optional;
import net.dv8tion.jda.api.interactions.Interaction;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.interactions.commands.SlashCommandInteraction;

/**
 * Slash commands and button presses as the core's command text ({@code /level B1}), keyed by the
 * interaction id so a redelivered interaction is answered once.
 */
public final class InteractionTranslator {

    private final SlashCommandCatalog catalog;

    public InteractionTranslator(SlashCommandCatalog catalog) {
        this.catalog = catalog;
    }

    public IncomingMessage slashCommand(SlashCommandInteraction interaction) {
        String text = catalog.commandText(interaction.getName(),
                option -> Optional.ofNullable(interaction.getOption(option)).map(OptionMapping::getAsString));
        return message(interaction, text);
    }

    /** A pressed button: the command its custom id carries. */
    public IncomingMessage button(Interaction interaction, String command) {
        return message(interaction, command);
    }

    private static IncomingMessage message(Interaction interaction, String text) {
        String channelId = interaction.getChannelId() != null ? interaction.getChannelId() : interaction.getUser().getId();
        return new IncomingMessage(
                new MessageKey(Platform.DISCORD, channelId, interaction.getId()),
                new ChatAddress(Platform.DISCORD, channelId, interaction.isFromGuild()),
                new LearnerId(Platform.DISCORD, interaction.getUser().getId()),
                interaction.getUser().getEffectiveName(),
                new MessageContent.Text(text),
                interaction.getTimeCreated().toInstant());
    }
}
