package de.sprechstunde.discord;

import de.sprechstunde.discord.outbound.MutedChannels;
import de.sprechstunde.discord.practice.PracticeThreads;
import java.util.EnumSet;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.User;
import net.dv8tion.jda.api.entities.channel.concrete.TextChannel;
import net.dv8tion.jda.api.entities.channel.concrete.ThreadChannel;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.exceptions.InsufficientPermissionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /practice}: opens a public thread for the learner in the current text channel and
 * remembers it, so every message of that learner there is answered without a mention. Runs on
 * JDA's thread but only queues requests, never waits for them.
 */
final class PracticeThreadOpener {

    private static final Logger log = LoggerFactory.getLogger(PracticeThreadOpener.class);
    private static final int THREAD_NAME_LIMIT = 100;

    private final PracticeThreads threads;
    private final MutedChannels muted;

    PracticeThreadOpener(PracticeThreads threads, MutedChannels muted) {
        this.threads = threads;
        this.muted = muted;
    }

    void open(SlashCommandInteractionEvent event) {
        if (!event.isFromGuild()) {
            event.reply("Hier im Direktchat antworte ich dir sowieso auf jede Nachricht – schreib einfach los! "
                    + "(Practice threads are for servers; in our DM I answer everything.)").setEphemeral(true).queue();
            return;
        }
        if (!(event.getChannel() instanceof TextChannel channel)) {
            event.reply("Übungsthreads kann ich nur in Textkanälen öffnen. (I can open practice threads only in text channels.)")
                    .setEphemeral(true).queue();
            return;
        }
        User learner = event.getUser();
        String name = name(learner.getEffectiveName());
        event.deferReply(true).queue();
        try {
            channel.createThreadChannel(name, false).queue(
                    thread -> welcome(event, thread, learner),
                    error -> refused(event, channel.getId(), error));
        } catch (InsufficientPermissionException e) {
            refused(event, channel.getId(), e);
        }
    }

    private void welcome(SlashCommandInteractionEvent event, ThreadChannel thread, User learner) {
        threads.remember(thread.getId(), learner.getId());
        log.info("opened practice thread {} in channel {}", thread.getId(), thread.getParentChannel().getId());
        thread.addThreadMember(learner).queue(ok -> { }, error -> log.debug("could not add the learner to thread {}: {}", thread.getId(), error.toString()));
        thread.sendMessage("Hallo " + learner.getAsMention() + "! 👋 Hier üben wir zusammen: In diesem Thread antworte ich auf jede "
                        + "deiner Nachrichten – schreib einfach los oder schick eine Sprachnachricht.")
                .setAllowedMentions(EnumSet.of(Message.MentionType.USER)).mentionUsers(learner.getId())
                .queue(ok -> { }, error -> muted.muteIfPermissionError(thread.getId(), error));
        event.getHook().editOriginal("✅ Dein Übungsthread: " + thread.getAsMention()).queue();
    }

    private void refused(SlashCommandInteractionEvent event, String channelId, Throwable error) {
        if (muted.muteIfPermissionError(channelId, error)) {
            event.getHook().editOriginal("Ich darf hier keine Threads öffnen (mir fehlt die Berechtigung „Öffentliche Threads erstellen“). "
                    + "Frag eine Serveradmin – oder schreib mir direkt. (I may not create threads here.)").queue();
        } else {
            log.warn("could not open a practice thread in channel {}: {}", channelId, error.toString());
            event.getHook().editOriginal("Das hat leider nicht geklappt. Versuch es bitte gleich noch einmal. (Could not open the thread.)").queue();
        }
    }

    private static String name(String learnerName) {
        String name = "Deutsch üben – " + learnerName;
        return name.length() <= THREAD_NAME_LIMIT ? name : name.substring(0, THREAD_NAME_LIMIT);
    }
}
