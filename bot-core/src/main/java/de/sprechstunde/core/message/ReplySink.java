package de.sprechstunde.core.message;

/**
 * Where the core sends its answer to one incoming message. Implemented by each platform adapter;
 * the core calls it from its own worker threads, one message at a time per sink.
 *
 * <p>Failures are the adapter's to handle and log (rate limits, blocked users, network); methods
 * should not throw. The core sends replies in the order they should appear.
 */
public interface ReplySink {

    /** Sends one reply. */
    void send(Reply reply);

    /** Starts a reply that will be streamed; see {@link TextStream}. */
    TextStream stream();

    /** Shows that the tutor is working; platforms that have no such signal ignore it. */
    default void working(Activity activity) {
    }
}
