package de.sprechstunde.core.message;

import java.util.Objects;

/**
 * A reply could not be delivered although the adapter retried for its whole retry window
 * (5xx answers, timeouts, connection resets, flood waits): the failure was transient, so the reply
 * must be kept and sent again later. Thrown by {@link ReplySink} and {@link TextStream} methods.
 * Permanent refusals (a chat that blocked the bot, a request the platform rejects as invalid) are
 * not thrown: the adapter logs them once and the reply counts as done.
 */
public final class DeliveryFailedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Reply undelivered;

    /**
     * @param undelivered what is still to be delivered: the whole reply, or the part of a long text
     *                    that did not arrive (earlier parts did)
     */
    public DeliveryFailedException(String message, Reply undelivered) {
        super(message, null, false, false);
        this.undelivered = Objects.requireNonNull(undelivered, "undelivered");
    }

    public Reply undelivered() {
        return undelivered;
    }
}
