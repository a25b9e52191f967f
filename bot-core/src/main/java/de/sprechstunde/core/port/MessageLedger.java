package de.sprechstunde.core.port;

import de.sprechstunde.core.learner.Platform;
import de.sprechstunde.core.message.IncomingMessage;
import de.sprechstunde.core.message.MessageKey;
import java.util.List;

/**
 * Remembers which platform messages were accepted and which were answered, so a redelivered
 * update is answered once and an accepted one is answered even after a restart.
 *
 * <p>Thread-safe; {@link #accept} is atomic across bot instances sharing a store.
 */
public interface MessageLedger {

    /**
     * Records the message as accepted.
     *
     * @return true the first time, false for a redelivery of a message already accepted
     */
    boolean accept(IncomingMessage message);

    /** The message has been answered; it will not be replayed. */
    void answered(MessageKey key);

    /** Accepted but never answered (the process stopped in between), oldest first. */
    List<IncomingMessage> unanswered(Platform platform);
}
