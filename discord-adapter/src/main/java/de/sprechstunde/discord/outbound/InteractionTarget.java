package de.sprechstunde.discord.outbound;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import net.dv8tion.jda.api.entities.channel.middleman.MessageChannel;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.interactions.callbacks.IReplyCallback;
import net.dv8tion.jda.api.utils.FileUpload;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import net.dv8tion.jda.api.utils.messages.MessageEditData;

/**
 * Answers a slash command or a button press. Discord wants an acknowledgement within three
 * seconds: a quick answer is the acknowledgement itself; when nothing was sent by
 * {@code deferAfter} the interaction is deferred ("thinking…") and the first answer later fills
 * that placeholder. Further answers are follow-ups, each ephemeral or not on its own; everything
 * answering an admin command is ephemeral, refusals included. Voice messages go to the channel,
 * since interaction responses are not voice messages.
 */
public final class InteractionTarget implements MessageTarget {

    private enum State { FRESH, REPLIED, DEFERRED, DEFERRED_FILLED }

    private final IReplyCallback interaction;
    private final boolean deferEphemeral;
    private final Supplier<CompletableFuture<MessageChannel>> channel;
    private State state = State.FRESH;
    private CompletableFuture<?> acknowledged = CompletableFuture.completedFuture(null);
    private final java.util.concurrent.ScheduledFuture<?> deferral;

    /**
     * @param deferEphemeral whether every answer, and so the deferral, is ephemeral (admin commands); decided up front
     *                       because Discord fixes a deferral's visibility when it is sent
     * @param channel        the interaction's channel, for voice messages
     */
    public InteractionTarget(IReplyCallback interaction, boolean deferEphemeral, Supplier<CompletableFuture<MessageChannel>> channel,
                             ScheduledExecutorService timer, Duration deferAfter) {
        this.interaction = interaction;
        this.deferEphemeral = deferEphemeral;
        this.channel = channel;
        this.deferral = timer.schedule(this::deferIfUnanswered, deferAfter.toMillis(), TimeUnit.MILLISECONDS);
    }

    synchronized void deferIfUnanswered() {
        if (state == State.FRESH) {
            state = State.DEFERRED;
            acknowledged = interaction.deferReply(deferEphemeral).submit();
        }
    }

    @Override
    public synchronized CompletableFuture<Posted> post(MessageCreateData message, boolean ephemeralReply) {
        InteractionHook hook = interaction.getHook();
        boolean ephemeral = ephemeralReply || deferEphemeral;
        switch (state) {
            case FRESH -> {
                state = State.REPLIED;
                CompletableFuture<?> reply = interaction.reply(message).setEphemeral(ephemeral).submit();
                acknowledged = reply;
                return reply.thenApply(h -> Posted.ORIGINAL);
            }
            case DEFERRED -> {
                state = State.DEFERRED_FILLED;
                if (ephemeral == deferEphemeral) {
                    return acknowledged.thenCompose(a -> hook.editOriginal(MessageEditData.fromCreateData(message)).submit())
                            .thenApply(m -> Posted.ORIGINAL);
                }
                // the placeholder's visibility was fixed when deferring: replace it by a follow-up of the right kind
                return acknowledged.thenCompose(a -> hook.deleteOriginal().submit())
                        .thenCompose(v -> hook.sendMessage(message).setEphemeral(ephemeral).submit())
                        .thenApply(m -> new Posted(m.getId()));
            }
            default -> {
                return acknowledged.thenCompose(a -> hook.sendMessage(message).setEphemeral(ephemeral).submit())
                        .thenApply(m -> new Posted(m.getId()));
            }
        }
    }

    @Override
    public CompletableFuture<Void> edit(Posted posted, MessageEditData message) {
        InteractionHook hook = interaction.getHook();
        CompletableFuture<?> after;
        synchronized (this) {
            after = acknowledged;
        }
        return after.thenCompose(a -> posted.original()
                ? hook.editOriginal(message).submit()
                : hook.editMessageById(posted.messageId(), message).submit()).thenApply(m -> null);
    }

    @Override
    public CompletableFuture<Posted> postFile(FileUpload upload) {
        CompletableFuture<?> answered;
        synchronized (this) {
            answered = state == State.FRESH || state == State.DEFERRED
                    ? post(MessageCreateData.fromContent("🔊"), deferEphemeral) : acknowledged;
        }
        return answered.thenCompose(a -> channel.get())
                .thenCompose(c -> c.sendFiles(upload).submit())
                .thenApply(m -> new Posted(m.getId()));
    }

    @Override
    public synchronized void settle() {
        deferral.cancel(false);
        if (state == State.FRESH) {
            state = State.REPLIED;
            acknowledged = interaction.reply("✓").setEphemeral(true).submit();
        } else if (state == State.DEFERRED) {
            state = State.DEFERRED_FILLED;
            InteractionHook hook = interaction.getHook();
            acknowledged = acknowledged.thenCompose(a -> hook.deleteOriginal().submit());
        }
    }

    @Override
    public void typing() {
        // an interaction shows its own "thinking…" once deferred
    }
}
