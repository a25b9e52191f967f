package de.sprechstunde.discord.outbound;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import net.dv8tion.jda.api.entities.channel.middleman.MessageChannel;
import net.dv8tion.jda.api.requests.restaction.MessageCreateAction;
import net.dv8tion.jda.api.utils.FileUpload;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import net.dv8tion.jda.api.utils.messages.MessageEditData;

/**
 * Posts into a channel: a DM, a guild channel or a thread. In a guild the first message answers
 * the learner's message as a Discord reply, so others see what it refers to. A guild channel
 * cannot show a message to one person only, so ephemeral replies (replayed admin output) go to the
 * learner's DMs instead.
 */
public final class ChannelTarget implements MessageTarget {

    private final CompletableFuture<MessageChannel> channel;
    private final String channelId;
    private final boolean guild;
    private final Optional<String> answering;
    private final Supplier<CompletableFuture<MessageChannel>> learnerDm;
    private final MutedChannels muted;
    private final AtomicBoolean referenced = new AtomicBoolean();

    /**
     * @param channel   the channel, possibly still being looked up (replayed messages)
     * @param channelId its id, for logs and the muted list
     * @param guild     whether it is a guild channel
     * @param answering the learner's message to reply to, in guilds
     * @param learnerDm opens the learner's DM channel, for ephemeral replies from guild channels
     */
    public ChannelTarget(CompletableFuture<MessageChannel> channel, String channelId, boolean guild, Optional<String> answering,
                         Supplier<CompletableFuture<MessageChannel>> learnerDm, MutedChannels muted) {
        this.channel = channel;
        this.channelId = channelId;
        this.guild = guild;
        this.answering = answering;
        this.learnerDm = learnerDm;
        this.muted = muted;
    }

    @Override
    public CompletableFuture<Posted> post(MessageCreateData message, boolean ephemeral) {
        if (ephemeral && guild) {
            return learnerDm.get().thenCompose(dm -> dm.sendMessage(message).submit()).thenApply(m -> new Posted(m.getId()));
        }
        return speak(c -> {
            MessageCreateAction action = c.sendMessage(message);
            if (guild && answering.isPresent() && referenced.compareAndSet(false, true)) {
                action = action.setMessageReference(answering.get()).mentionRepliedUser(false).failOnInvalidReply(false);
            }
            return action.submit().thenApply(m -> new Posted(m.getId()));
        });
    }

    @Override
    public CompletableFuture<Void> edit(Posted posted, MessageEditData message) {
        return speak(c -> c.editMessageById(posted.messageId(), message).submit().thenApply(m -> null));
    }

    @Override
    public CompletableFuture<Posted> postFile(FileUpload upload) {
        return speak(c -> c.sendFiles(upload).submit().thenApply(m -> new Posted(m.getId())));
    }

    @Override
    public void typing() {
        if (muted.isMuted(channelId)) {
            return;
        }
        channel.thenAccept(c -> c.sendTyping().queue(ok -> { }, error -> muted.muteIfPermissionError(channelId, error)));
    }

    private <T> CompletableFuture<T> speak(java.util.function.Function<MessageChannel, CompletableFuture<T>> send) {
        if (muted.isMuted(channelId)) {
            return CompletableFuture.failedFuture(new MutedChannelException(channelId));
        }
        CompletableFuture<T> sent = channel.thenCompose(send);
        sent.whenComplete((ok, error) -> {
            if (error != null) {
                muted.muteIfPermissionError(channelId, error);
            }
        });
        return sent;
    }

    /** The channel is on the muted list: nothing was sent. */
    public static final class MutedChannelException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        MutedChannelException(String channelId) {
            super("no permission to speak in channel " + channelId, null, false, false);
        }
    }
}
