package de.sprechstunde.discord.outbound;

import java.util.concurrent.CompletableFuture;
import net.dv8tion.jda.api.utils.FileUpload;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import net.dv8tion.jda.api.utils.messages.MessageEditData;

/**
 * Where one answer's Discord messages go: a channel (DM, guild channel, thread) or an interaction
 * (slash command, button). The reply sink decides what to send; a target only knows how.
 *
 * <p>Methods return at once; the futures complete when Discord has answered (after JDA waited out
 * any rate limit) and fail with JDA's exception when the request was refused.
 */
public interface MessageTarget {

    /** Posts a new message; {@code ephemeral} asks that only the learner sees it. */
    CompletableFuture<Posted> post(MessageCreateData message, boolean ephemeral);

    /** Replaces the content of a message this target posted. */
    CompletableFuture<Void> edit(Posted posted, MessageEditData message);

    /** Posts one file (a voice message, a picture): the upload alone, no content, no other files. */
    CompletableFuture<Posted> postFile(FileUpload upload);

    /** Shows "typing…" where the target has such a signal. Never fails. */
    void typing();

    /**
     * The tutor is done with this message. An interaction it left unanswered (a silent rate-limit
     * refusal, a redelivery) must not show "thinking…" forever. Never fails.
     */
    default void settle() {
    }

    /**
     * A message a target posted.
     *
     * @param messageId Discord's id, or {@code @original} for an interaction's first response
     */
    record Posted(String messageId) {
        public static final Posted ORIGINAL = new Posted("@original");

        public boolean original() {
            return this == ORIGINAL || "@original".equals(messageId);
        }
    }
}
