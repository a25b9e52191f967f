package de.sprechstunde.core.message;

import de.sprechstunde.core.learner.LearnerId;
import de.sprechstunde.core.learner.Platform;
import java.io.IOException;
import java.util.List;

/**
 * What the core needs from a connected platform beyond one message: fetching voice notes and
 * reopening a chat to answer a message that was accepted before a restart.
 *
 * <p>Implementations are thread-safe.
 */
public interface ChatPlatform {

    Platform platform();

    /**
     * Downloads the bytes of a voice note or audio file.
     *
     * @throws IOException when the platform cannot be reached or the file is gone
     */
    byte[] download(VoiceNote note) throws IOException;

    /** A sink that answers {@code message} in its chat, for messages replayed after a restart. */
    ReplySink replyTo(IncomingMessage message);

    /**
     * Sends replies the learner did not ask for (a reminder) to their private chat: Telegram's
     * private chat, a Discord DM. Runs on the caller's thread and never throws for delivery problems.
     */
    default DirectDelivery sendDirect(LearnerId learner, List<Reply> replies) {
        return DirectDelivery.UNSUPPORTED;
    }
}
