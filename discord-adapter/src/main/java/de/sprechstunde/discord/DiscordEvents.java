package de.sprechstunde.discord;

import de.sprechstunde.core.command.CommandLine;
import de.sprechstunde.core.message.IncomingMessage;
import de.sprechstunde.core.message.ReplySink;
import de.sprechstunde.core.platform.Tutor;
import de.sprechstunde.discord.commands.SlashCommandCatalog;
import de.sprechstunde.discord.inbound.AnswerPolicy;
import de.sprechstunde.discord.inbound.InteractionTranslator;
import de.sprechstunde.discord.inbound.MessageTranslator;
import de.sprechstunde.discord.outbound.ChoiceButtons;
import de.sprechstunde.discord.outbound.DiscordReplySink;
import de.sprechstunde.discord.outbound.MutedChannels;
import de.sprechstunde.discord.practice.PracticeThreads;
import java.util.Optional;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.channel.middleman.GuildMessageChannel;
import net.dv8tion.jda.api.events.channel.ChannelDeleteEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.events.message.MessageReceivedEvent;
import net.dv8tion.jda.api.events.session.ReadyEvent;
import net.dv8tion.jda.api.events.session.SessionDisconnectEvent;
import net.dv8tion.jda.api.events.session.SessionRecreateEvent;
import net.dv8tion.jda.api.events.session.SessionResumeEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * JDA's events in, the tutor's work out. Runs on JDA's event threads, so each handler only
 * translates and hands over to {@link Tutor#receive}, which returns at once.
 */
final class DiscordEvents extends ListenerAdapter {

    private static final Logger log = LoggerFactory.getLogger(DiscordEvents.class);

    private final Tutor bot;
    private final AnswerPolicy policy;
    private final MessageTranslator messages = new MessageTranslator();
    private final InteractionTranslator interactions;
    private final SlashCommandCatalog catalog;
    private final ChoiceButtons buttons;
    private final ReplySinks sinks;
    private final MutedChannels muted;
    private final PracticeThreadOpener practice;
    private final PracticeThreads practiceThreads;

    DiscordEvents(Tutor bot, SlashCommandCatalog catalog, ChoiceButtons buttons, ReplySinks sinks, MutedChannels muted,
                  PracticeThreads practiceThreads) {
        this.bot = bot;
        this.policy = new AnswerPolicy(practiceThreads);
        this.interactions = new InteractionTranslator(catalog);
        this.catalog = catalog;
        this.buttons = buttons;
        this.sinks = sinks;
        this.muted = muted;
        this.practice = new PracticeThreadOpener(practiceThreads, muted);
        this.practiceThreads = practiceThreads;
    }

    @Override
    public void onMessageReceived(MessageReceivedEvent event) {
        Message message = event.getMessage();
        long self = event.getJDA().getSelfUser().getIdLong();
        if (!policy.answers(message, self)) {
            return;
        }
        if (message.isFromGuild() && !mayTalkIn(event.getGuildChannel())) {
            return;
        }
        hand(messages.translate(message, self), sinks.forMessage(message));
    }

    @Override
    public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
        if (SlashCommandCatalog.PRACTICE.equals(event.getName())) {
            practice.open(event);
            return;
        }
        handInteraction(interactions.slashCommand(event), sinks.forInteraction(event, catalog.adminOnly(event.getName())));
    }

    @Override
    public void onButtonInteraction(ButtonInteractionEvent event) {
        Optional<String> command = buttons.command(event.getComponentId());
        if (command.isEmpty()) {
            event.reply("Dieser Knopf ist abgelaufen – tipp den Befehl bitte ein. (This button has expired; please type the command.)")
                    .setEphemeral(true).queue();
            return;
        }
        boolean admin = CommandLine.parse(command.get()).map(line -> catalog.adminOnly(line.name())).orElse(false);
        handInteraction(interactions.button(event, command.get()), sinks.forInteraction(event, admin));
    }

    @Override
    public void onChannelDelete(ChannelDeleteEvent event) {
        if (event.getChannelType().isThread()) {
            practiceThreads.forget(event.getChannel().getId());
        }
    }

    @Override
    public void onReady(ReadyEvent event) {
        log.info("Discord session ready as {} ({} server(s))", event.getJDA().getSelfUser().getName(), event.getGuildTotalCount());
    }

    @Override
    public void onSessionDisconnect(SessionDisconnectEvent event) {
        log.warn("Discord gateway disconnected (close code {}); JDA reconnects", event.getCloseCode() == null ? "none" : event.getCloseCode().getCode());
    }

    @Override
    public void onSessionResume(SessionResumeEvent event) {
        log.info("Discord gateway session resumed");
    }

    @Override
    public void onSessionRecreate(SessionRecreateEvent event) {
        log.info("Discord gateway session recreated");
    }

    private boolean mayTalkIn(GuildMessageChannel channel) {
        if (muted.isMuted(channel.getId())) {
            return false;
        }
        if (!channel.canTalk()) {
            muted.mute(channel.getId(), "cannot send messages there");
            return false;
        }
        return true;
    }

    private void hand(IncomingMessage message, ReplySink sink) {
        bot.receive(message, sink).whenComplete((outcome, error) -> {
            if (error != null) {
                log.error("the tutor failed on Discord message {}", message.key().asString(), error);
            }
        });
    }

    private void handInteraction(IncomingMessage message, DiscordReplySink sink) {
        bot.receive(message, sink).whenComplete((outcome, error) -> {
            if (error != null) {
                log.error("the tutor failed on Discord interaction {}", message.key().asString(), error);
            }
            sink.settle();
        });
    }
}
