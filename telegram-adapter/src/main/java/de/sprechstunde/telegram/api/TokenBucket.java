package de.sprechstunde.telegram.api;

import java.time.Duration;
import java.time.Instant;

/**
 * One chat's message budget: up to {@code capacity} messages at once, then one per {@code refill}.
 * Kept as the time the bucket is full again (the generic cell rate algorithm), so it needs no
 * timer. A zero refill means no limit. Not thread-safe: {@link FloodControl} guards it.
 */
final class TokenBucket {

    private final int capacity;
    private final Duration refill;
    /** When the bucket holds {@code capacity} tokens again; in the past for a full bucket. */
    private Instant fullAt = Instant.MIN;

    TokenBucket(int capacity, Duration refill) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1");
        }
        this.capacity = capacity;
        this.refill = refill;
    }

    int capacity() {
        return capacity;
    }

    /** The earliest time at which {@code tokens} (at most the capacity) are there to take. */
    Instant readyFor(int tokens, Instant now) {
        if (refill.isZero() || !fullAt.isAfter(now)) {
            return now;
        }
        Instant ready = fullAt.minus(refill.multipliedBy(capacity - Math.min(tokens, capacity)));
        return ready.isAfter(now) ? ready : now;
    }

    /** Takes one token (the caller checked {@link #readyFor}). */
    void take(Instant now) {
        fullAt = (fullAt.isAfter(now) ? fullAt : now).plus(refill);
    }

    boolean full(Instant now) {
        return !fullAt.isAfter(now);
    }
}
