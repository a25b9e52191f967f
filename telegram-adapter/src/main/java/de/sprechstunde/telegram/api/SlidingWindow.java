package de.sprechstunde.telegram.api;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Iterator;

/**
 * The overall budget: at most {@code limit} calls in any window of {@code length}, counted over the
 * calls really sent (a sliding log, not fixed seconds, so no two adjacent half-seconds can add up
 * to more). Not thread-safe: {@link FloodControl} guards it.
 */
final class SlidingWindow {

    private final Duration length;
    private final int limit;
    private final ArrayDeque<Instant> sent = new ArrayDeque<>();

    SlidingWindow(Duration length, int limit) {
        this.length = length;
        this.limit = limit;
    }

    int limit() {
        return limit;
    }

    /** The earliest time a call may go when only {@code allowed} (at most the limit) may be in the window. */
    Instant freeAt(int allowed, Instant now) {
        forgetBefore(now);
        int over = sent.size() - Math.min(allowed, limit);
        if (over < 0) {
            return now;
        }
        Iterator<Instant> oldest = sent.iterator();
        Instant leaving = oldest.next();
        for (int i = 0; i < over; i++) {
            leaving = oldest.next();
        }
        return leaving.plus(length);
    }

    void record(Instant now) {
        forgetBefore(now);
        sent.addLast(now);
    }

    private void forgetBefore(Instant now) {
        Instant start = now.minus(length);
        while (!sent.isEmpty() && !sent.peekFirst().isAfter(start)) {
            sent.removeFirst();
        }
    }
}
