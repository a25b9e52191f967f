package de.sprechstunde.resilience;

import de.sprechstunde.core.port.CacheKind;
import de.sprechstunde.core.port.ResponseCache;
import de.sprechstunde.resilience.Breaker;
import java.util.Optional;

/** A shared cache that degrades to misses and skipped writes while its store is unreachable. */
final class FallbackResponseCache implements ResponseCache {

    private final ResponseCache shared;
    private final Breaker breaker;

    FallbackResponseCache(ResponseCache shared, Breaker breaker) {
        this.shared = shared;
        this.breaker = breaker;
    }

    @Override
    public Optional<String> get(CacheKind kind, String key) {
        return breaker.call(() -> shared.get(kind, key), Optional::empty);
    }

    @Override
    public void put(CacheKind kind, String key, String value) {
        breaker.run(() -> shared.put(kind, key, value), () -> { });
    }
}
