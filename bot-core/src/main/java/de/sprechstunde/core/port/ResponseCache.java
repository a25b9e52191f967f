package de.sprechstunde.core.port;

import java.util.Optional;

/**
 * Model answers (and other derived text) kept for reuse, each kind with its own time to live.
 *
 * <p>Thread-safe. A cache that cannot reach its store behaves as a miss and swallows writes: it
 * never fails the caller.
 */
public interface ResponseCache {

    /**
     * @param key a hash that already includes everything the answer depends on
     */
    Optional<String> get(CacheKind kind, String key);

    void put(CacheKind kind, String key, String value);
}
