package de.sprechstunde.core.testing.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.sprechstunde.core.port.CacheKind;
import de.sprechstunde.core.port.ResponseCache;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What every {@link ResponseCache} does; one subclass per implementation. */
public abstract class ResponseCacheContract {

    /** Conversation and scenario answers live an hour here; grammar answers one second, to see them expire. */
    protected static final Map<CacheKind, Duration> TTLS = Map.of(CacheKind.CONVERSATION, Duration.ofHours(1),
            CacheKind.SCENARIO, Duration.ofHours(1), CacheKind.GRAMMAR, Duration.ofSeconds(1));

    protected abstract ResponseCache cache();

    /** Lets more than {@code ttl} pass for the cache (a clock for in-process, real time for Redis). */
    protected abstract void letPass(Duration ttl) throws InterruptedException;

    private final String key = UUID.randomUUID().toString();

    @Test
    public void anUnknownKeyIsAMiss() {
        assertEquals(Optional.empty(), cache().get(CacheKind.CONVERSATION, key));
    }

    @Test
    public void aStoredAnswerIsAHit() {
        cache().put(CacheKind.CONVERSATION, key, "Hallo! Wie geht's? äöüß 😀");

        assertEquals(Optional.of("Hallo! Wie geht's? äöüß 😀"), cache().get(CacheKind.CONVERSATION, key));
    }

    @Test
    public void kindsDoNotShareEntries() {
        cache().put(CacheKind.CONVERSATION, key, "conversation");

        assertEquals(Optional.empty(), cache().get(CacheKind.SCENARIO, key));
    }

    @Test
    public void aNewAnswerReplacesTheOld() {
        cache().put(CacheKind.SCENARIO, key, "alt");
        cache().put(CacheKind.SCENARIO, key, "neu");

        assertEquals(Optional.of("neu"), cache().get(CacheKind.SCENARIO, key));
    }

    @Test
    public void anAnswerExpiresAfterTheTtlOfItsKind() throws InterruptedException {
        cache().put(CacheKind.GRAMMAR, key, "kurzlebig");
        cache().put(CacheKind.CONVERSATION, key, "langlebig");

        letPass(Duration.ofSeconds(1));

        assertTrue(cache().get(CacheKind.GRAMMAR, key).isEmpty(), "grammar answer expired");
        assertEquals(Optional.of("langlebig"), cache().get(CacheKind.CONVERSATION, key));
    }
}
