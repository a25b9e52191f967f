package de.sprechstunde.discord;

import de.sprechstunde.core.message.IncomingMessage;
import de.sprechstunde.core.message.ReplySink;
import de.sprechstunde.discord.gateway.DiscordConnection;
import de.sprechstunde.discord.outbound.ChannelTarget;
import de.sprechstunde.discord.outbound.Deliveries;
import de.sprechstunde.discord.outbound.DiscordFormat;
import de.sprechstunde.discord.outbound.DiscordReplySink;
import de.sprechstunde.discord.outbound.InteractionTarget;
import de.sprechstunde.discord.outbound.MessageTarget;
import de.sprechstunde.discord.outbound.MutedChannels;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Supplier;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.channel.middleman.MessageChannel;
import net.dv8tion.jda.api.interactions.callbacks.IReplyCallback;

/** Makes the reply sink for each way a learner can reach the tutor. Thread-safe. */
final class ReplySinks {

    /** Well inside Discord's three seconds for acknowledging an interaction. */
    static final Duration DEFER_AFTER = Duration.ofMillis(1500);

    private final Supplier<DiscordConnection> connection;
    private final DiscordFormat format;
    private final MutedChannels muted;
    private final Clock clock;
    private final Duration editInterval;
    private final ScheduledExecutorService timer;
    private final Deliveries deliveries;

    ReplySinks(Supplier<DiscordConnection> connection, DiscordFormat format, MutedChannels muted, Clock clock,
               Duration editInterval, ScheduledExecutorService timer, Deliveries deliveries) {
        this.deliveries = deliveries;
        this.connection = connection;
        this.format = format;
        this.muted = muted;
        this.clock = clock;
        this.editInterval = editInterval;
        this.timer = timer;
    }

    ReplySink forMessage(Message message) {
        String learner = message.getAuthor().getId();
        return sink(new ChannelTarget(CompletableFuture.completedFuture(message.getChannel()), message.getChannelId(),
                message.isFromGuild(), Optional.of(message.getId()),
                () -> message.getJDA().openPrivateChannelById(learner).submit().thenApply(MessageChannel.class::cast), muted));
    }

    DiscordReplySink forInteraction(IReplyCallback interaction, boolean adminOnly) {
        Supplier<CompletableFuture<MessageChannel>> channel = () -> interaction.isFromGuild() && interaction.getMessageChannel() != null
                ? CompletableFuture.completedFuture(interaction.getMessageChannel())
                : interaction.getJDA().openPrivateChannelById(interaction.getUser().getId()).submit().thenApply(MessageChannel.class::cast);
        return sink(new InteractionTarget(interaction, adminOnly, channel, timer, DEFER_AFTER));
    }

    /** For a message accepted before a restart: its interaction (if any) has expired, so answer in its channel. */
    ReplySink forReplay(IncomingMessage message) {
        String chatId = message.chat().chatId();
        String learner = message.sender().userId();
        Supplier<CompletableFuture<MessageChannel>> dm = () -> connection.get().directMessages(learner);
        CompletableFuture<MessageChannel> channel = connection.get().channel(chatId)
                .map(CompletableFuture::completedFuture)
                .orElseGet(() -> message.chat().group()
                        ? CompletableFuture.failedFuture(new IllegalStateException("channel " + chatId + " is gone"))
                        : dm.get());
        return sink(new ChannelTarget(channel, chatId, message.chat().group(), Optional.of(message.key().messageId()), dm, muted));
    }

    /** The learner's DM channel, for messages they did not ask for (reminders). */
    CompletableFuture<MessageChannel> directMessages(String userId) {
        return connection.get().directMessages(userId);
    }

    /** A sink into an open DM channel. */
    ReplySink forDirect(MessageChannel dm) {
        return sink(new ChannelTarget(CompletableFuture.completedFuture(dm), dm.getId(), false, Optional.empty(),
                () -> CompletableFuture.completedFuture(dm), muted));
    }

    /** Whether Discord refused the bot's messages in the channel (missing access, DMs closed). */
    boolean refuses(String channelId) {
        return muted.isMuted(channelId);
    }

    private DiscordReplySink sink(MessageTarget target) {
        return new DiscordReplySink(target, format, clock, editInterval, deliveries);
    }
}
