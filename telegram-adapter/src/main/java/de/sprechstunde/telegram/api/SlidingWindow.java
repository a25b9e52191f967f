package de.sprechstunde.telegram.api;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The overall budget: at most {@code limit} calls in any window of {@code length} as the server
 * sees them. A call takes its place when it is sent and keeps it until {@code length} after its
 * answer came back: it reached the server somewhere in between, so however the calls travel no
 * window at the server holds more than {@code limit} (a sliding log, not fixed seconds). Not
 * thread-safe: {@link FloodControl} guards it.
 */
final class SlidingWindow {

    private final Duration length;
    private final int limit;
    private int onTheirWay;
    /** When the calls that came back did, oldest first. */
    private final List<Instant> ended = new ArrayList<>();

    SlidingWindow(Duration length, int limit) {
        this.length = length;
        this.limit = limit;
    }

    int limit() {
        return limit;
    }

    /** How many places are taken now. */
    int count(Instant now) {
        forgetBefore(now);
        return onTheirWay + ended.size();
    }

    /**
     * The earliest time a call may go when only {@code allowed} (at least one, at most the limit)
     * places may be taken; while calls still on their way would have to come back first, a time
     * {@code length} from now (their answers wake the caller sooner).
     */
    Instant freeAt(int allowed, Instant now) {
        int over = count(now) - Math.max(1, Math.min(allowed, limit));
        if (over < 0) {
            return now;
        }
        return over < ended.size() ? ended.get(over).plus(length) : now.plus(length);
    }

    void sent() {
        onTheirWay++;
    }

    /** A call's answer (or failure) came back. */
    void ended(Instant now) {
        onTheirWay = Math.max(0, onTheirWay - 1);
        int at = ended.size();
        while (at > 0 && ended.get(at - 1).isAfter(now)) {
            at--;
        }
        ended.add(at, now);
    }

    private void forgetBefore(Instant now) {
        Instant start = now.minus(length);
        while (!ended.isEmpty() && !ended.get(0).isAfter(start)) {
            ended.remove(0);
        }
    }
}
