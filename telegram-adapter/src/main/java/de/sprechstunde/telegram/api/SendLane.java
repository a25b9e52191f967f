package de.sprechstunde.telegram.api;

import java.util.ArrayDeque;
import java.util.Iterator;

/**
 * One chat's calls in the {@link SendQueue}, in order; {@code busy} while the head is out or
 * waiting out its backoff. Touched only on the queue's thread.
 */
final class SendLane {

    final ArrayDeque<Outgoing<?>> queue = new ArrayDeque<>();
    boolean busy;

    /** Drops called-off calls (their callers learn Skipped); the head stays while it is out. */
    void dropCancelled() {
        Iterator<Outgoing<?>> it = queue.iterator();
        if (busy && it.hasNext()) {
            // the head is out (or waiting out its backoff): it ends on its own
            it.next();
        }
        while (it.hasNext()) {
            Outgoing<?> item = it.next();
            if (item.cancelled()) {
                it.remove();
                skip(item);
            }
        }
    }

    /** Gives every waiting call up: its caller learns Unavailable. */
    void abandon() {
        queue.forEach(SendLane::giveUp);
        queue.clear();
    }

    private static <T> void giveUp(Outgoing<T> item) {
        item.finish(new ApiResult.Unavailable<>("the Telegram adapter closed before it was sent"));
    }

    private static <T> void skip(Outgoing<T> item) {
        item.finish(new ApiResult.Skipped<>());
    }
}
