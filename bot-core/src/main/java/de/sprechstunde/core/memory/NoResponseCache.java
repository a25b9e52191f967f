package de.sprechstunde.core.memory;

import de.sprechstunde.core.port.CacheKind;
import de.sprechstunde.core.port.ResponseCache;
import java.util.Optional;

/** {@code ENABLE_RESPONSE_CACHING=false}: every lookup misses and nothing is stored. */
public enum NoResponseCache implements ResponseCache {
    INSTANCE;

    @Override
    public Optional<String> get(CacheKind kind, String key) {
        return Optional.empty();
    }

    @Override
    public void put(CacheKind kind, String key, String value) {
        // caching is switched off
    }
}
