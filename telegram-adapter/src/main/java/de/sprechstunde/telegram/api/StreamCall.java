package de.sprechstunde.telegram.api;

import java.io.Serializable;
import java.util.concurrent.CompletableFuture;

/** A queued interim update of a streamed answer: it can be called off until it goes out. */
public final class StreamCall {

    private final Outgoing<Serializable> item;
    private final SendQueue queue;

    StreamCall(Outgoing<Serializable> item, SendQueue queue) {
        this.item = item;
        this.queue = queue;
    }

    /** How the update ended: Skipped when it was called off or had nothing to send. */
    public CompletableFuture<ApiResult<Serializable>> result() {
        return item.result;
    }

    /** Not to be sent any more unless it is already out. */
    public void cancel() {
        item.cancel();
        queue.nudge();
    }
}
