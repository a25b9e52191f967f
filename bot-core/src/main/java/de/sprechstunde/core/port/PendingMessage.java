package de.sprechstunde.core.port;

import de.sprechstunde.core.message.IncomingMessage;
import de.sprechstunde.core.message.Reply;
import java.util.List;
import java.util.Objects;

/**
 * A message accepted and not yet answered, with what the ledger knows of its reply.
 *
 * @param message     the message as accepted
 * @param showing     platform ids of the messages a streamed reply in progress showed (to edit on replay)
 * @param undelivered replies the tutor produced that the platform never accepted, in order; empty
 *                    when the message was never fully handled (then it is handled again)
 */
public record PendingMessage(IncomingMessage message, List<String> showing, List<Reply> undelivered) {
    public PendingMessage {
        Objects.requireNonNull(message, "message");
        showing = List.copyOf(showing);
        undelivered = List.copyOf(undelivered);
    }

    public static PendingMessage of(IncomingMessage message) {
        return new PendingMessage(message, List.of(), List.of());
    }
}
