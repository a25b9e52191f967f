package de.sprechstunde.core.message;

/**
 * Where the core sends its answer to one incoming message. Implemented by each platform adapter;
 * the core calls it from its own worker threads, one message at a time per sink.
 *
 * <p>Delivery is reported back: a method returns when the platform accepted the reply, or when
 * it refused it for good (blocked, invalid; logged once by the adapter, nothing to retry). It
 * throws {@link DeliveryFailedException} when a transient failure (5xx, timeout, connection reset,
 * flood wait) outlasted the adapter's retry window; the core then keeps the reply in its ledger and
 * sends it again later. Other exceptions are bugs. The core sends replies in the order they should
 * appear.
 */
public interface ReplySink {

    /**
     * Sends one reply.
     *
     * @throws DeliveryFailedException when it could not be delivered within the retry window
     */
    void send(Reply reply);

    /** Starts a reply that will be streamed; see {@link TextStream}. */
    TextStream stream();

    /**
     * Starts a streamed reply that takes over (edits) the messages an earlier attempt left showing,
     * and reports the messages it shows. Sinks that cannot edit ignore the progress.
     */
    default TextStream stream(StreamProgress progress) {
        return stream();
    }

    /** Shows that the tutor is working; platforms that have no such signal ignore it. Never throws. */
    default void working(Activity activity) {
    }
}
