package de.sprechstunde.core.memory;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Clock;
import java.time.Instant;

/**
 * Caffeine caches as the in-process stores use them: bounded in size, timed by the injected
 * {@link Clock} (so a test's mutable clock expires entries without sleeping), and kept on the
 * caller's thread ({@code executor(Runnable::run)}), so evictions are done when a write returns.
 */
public final class BoundedCaches {

    private BoundedCaches() {
    }

    /**
     * A cache of at most {@code maxEntries}. Caffeine evicts by recency and frequency (W-TinyLFU),
     * not strictly the least recently used; the newest entries are always kept for a while.
     */
    public static <K, V> Cache<K, V> ofSize(int maxEntries) {
        return builder(maxEntries).build();
    }

    /** A size-bounded builder whose expiries follow {@code clock}. */
    static Caffeine<Object, Object> timedBy(Clock clock, int maxEntries) {
        return builder(maxEntries).ticker(ticker(clock));
    }

    private static Caffeine<Object, Object> builder(int maxEntries) {
        if (maxEntries <= 0) {
            throw new IllegalArgumentException("maxEntries must be positive");
        }
        return Caffeine.newBuilder().maximumSize(maxEntries).executor(Runnable::run);
    }

    /** Nanoseconds since the epoch on {@code clock}: Caffeine only compares differences. */
    static Ticker ticker(Clock clock) {
        return () -> {
            Instant now = clock.instant();
            return Math.addExact(Math.multiplyExact(now.getEpochSecond(), 1_000_000_000L), now.getNano());
        };
    }
}
