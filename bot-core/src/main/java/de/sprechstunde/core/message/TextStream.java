package de.sprechstunde.core.message;

/**
 * A reply that grows while the model streams. Adapters that can edit messages show the growing
 * text (throttled to their platform's limits); others may ignore {@link #update} and send only the
 * final text.
 *
 * <p>Called from one worker thread per message, never concurrently.
 */
public interface TextStream {

    /** The answer so far. Adapters must not block on the network here for long; throttle instead. Never throws. */
    void update(String textSoFar);

    /**
     * The complete answer; replaces whatever was shown. Called once.
     *
     * @throws DeliveryFailedException when the final text could not be shown within the retry window
     */
    void complete(Reply.Text finalText);

    /**
     * The stream broke off; {@code apology} replaces the partial text. Called at most once, instead of complete.
     *
     * @throws DeliveryFailedException as {@link #complete}
     */
    void abort(Reply.Text apology);
}
