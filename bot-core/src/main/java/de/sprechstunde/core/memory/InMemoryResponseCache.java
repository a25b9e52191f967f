package de.sprechstunde.core.memory;

import de.sprechstunde.core.port.CacheKind;
import de.sprechstunde.core.port.ResponseCache;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Model answers cached in this JVM with a time to live per kind and a bound on entries (least
 * recently used are evicted): the embedded default when no Redis is configured.
 */
public final class InMemoryResponseCache implements ResponseCache {

    private record Entry(String value, Instant expires) {
    }

    private final BoundedLruMap<String, Entry> entries;
    private final Map<CacheKind, Duration> ttls;
    private final Clock clock;

    public InMemoryResponseCache(Map<CacheKind, Duration> ttls, int maxEntries, Clock clock) {
        this.ttls = Map.copyOf(ttls);
        this.entries = new BoundedLruMap<>(maxEntries);
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public Optional<String> get(CacheKind kind, String key) {
        String fullKey = kind + ":" + key;
        Entry entry = entries.get(fullKey);
        if (entry == null) {
            return Optional.empty();
        }
        if (!clock.instant().isBefore(entry.expires())) {
            entries.remove(fullKey);
            return Optional.empty();
        }
        return Optional.of(entry.value());
    }

    @Override
    public void put(CacheKind kind, String key, String value) {
        Duration ttl = ttls.getOrDefault(kind, Duration.ofHours(1));
        entries.put(kind + ":" + key, new Entry(value, clock.instant().plus(ttl)));
    }
}
