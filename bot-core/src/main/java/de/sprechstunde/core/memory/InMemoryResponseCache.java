package de.sprechstunde.core.memory;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Expiry;
import de.sprechstunde.core.port.CacheKind;
import de.sprechstunde.core.port.ResponseCache;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Model answers cached in this JVM with a time to live per kind (counted from the last
 * {@code put}) and a bound on entries: the embedded default when no Redis is configured.
 */
public final class InMemoryResponseCache implements ResponseCache {

    private static final Duration DEFAULT_TTL = Duration.ofHours(1);

    private record Entry(String value, Duration ttl) {
    }

    private final Cache<String, Entry> entries;
    private final Map<CacheKind, Duration> ttls;

    public InMemoryResponseCache(Map<CacheKind, Duration> ttls, int maxEntries, Clock clock) {
        this.ttls = Map.copyOf(ttls);
        this.entries = BoundedCaches.timedBy(Objects.requireNonNull(clock, "clock"), maxEntries)
                .expireAfter(Expiry.writing((String key, Entry entry) -> entry.ttl()))
                .build();
    }

    @Override
    public Optional<String> get(CacheKind kind, String key) {
        return Optional.ofNullable(entries.getIfPresent(kind + ":" + key)).map(Entry::value);
    }

    @Override
    public void put(CacheKind kind, String key, String value) {
        entries.put(kind + ":" + key, new Entry(value, ttls.getOrDefault(kind, DEFAULT_TTL)));
    }
}
