package de.sprechstunde.core.port;

import de.sprechstunde.core.learner.Platform;
import de.sprechstunde.core.message.IncomingMessage;
import de.sprechstunde.core.message.MessageKey;
import de.sprechstunde.core.message.Reply;
import java.util.List;

/**
 * Remembers which platform messages were accepted and which were answered, so a redelivered
 * update is answered once and an accepted one is answered even after a restart. A message counts
 * as answered only when the platform accepted its reply: until then the ledger keeps the platform
 * messages a streamed reply shows ({@link #showing}) and the replies that could not be delivered
 * ({@link #undelivered}).
 *
 * <p>Thread-safe; {@link #accept} is atomic across bot instances sharing a store. The progress
 * methods are called by the one worker handling the message; calls for a message that is not
 * pending (answered, forgotten, expired) are ignored.
 */
public interface MessageLedger {

    /**
     * Records the message as accepted.
     *
     * @return true the first time, false for a redelivery of a message already accepted
     */
    boolean accept(IncomingMessage message);

    /** The message has been answered and the reply delivered; it will not be replayed. */
    void answered(MessageKey key);

    /** The platform messages now showing the message's streamed reply (empty: none any more). */
    void showing(MessageKey key, List<String> platformMessageIds);

    /** The message was handled but these replies were not delivered; it stays pending with them (empty clears them). */
    void undelivered(MessageKey key, List<Reply> replies);

    /** Accepted but not answered (the process stopped in between, or delivery failed), oldest first. */
    List<PendingMessage> pending(Platform platform);

    /** The messages of {@link #pending}. */
    default List<IncomingMessage> unanswered(Platform platform) {
        return pending(platform).stream().map(PendingMessage::message).toList();
    }
}
