package de.sprechstunde.resilience;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.sprechstunde.core.learner.LearnerId;
import de.sprechstunde.core.learner.Platform;
import de.sprechstunde.core.learning.Card;
import de.sprechstunde.core.learning.CardKind;
import de.sprechstunde.core.learning.CardStore;
import de.sprechstunde.core.memory.InMemoryCardStore;
import de.sprechstunde.core.testing.MutableClock;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ResilientCardStoreTest {

    private final MutableClock clock = MutableClock.startingAt("2026-12-01T10:00:00Z");
    private final InMemoryCardStore stored = new InMemoryCardStore();
    private boolean down = true;
    private final CardStore flaky = (CardStore) Proxy.newProxyInstance(CardStore.class.getClassLoader(), new Class<?>[] {CardStore.class},
            (proxy, method, args) -> {
                if (down) {
                    throw new IllegalStateException("MongoDB down");
                }
                try {
                    return method.invoke(stored, args);
                } catch (InvocationTargetException e) {
                    throw e.getCause();
                }
            });
    private final OutageGuard guard = new OutageGuard("mongodb", Duration.ofSeconds(1), 100, clock, new SimpleMeterRegistry());
    private final CardStore cards = guard.cards(flaky);
    private final LearnerId lena = new LearnerId(Platform.TELEGRAM, "4242");

    @Test
    void cardsMadeDuringAnOutageAreKeptAndReadsSayTheCardsAreUnavailable() {
        Card card = Card.create(lena, CardKind.CLOZE, "Ich ___ müde.", "bin", "Ich bin müde.", "auxiliary", "Ich bin müde.", clock.instant());

        assertTrue(cards.add(card));
        assertThrows(ResilientCardStore.CardsUnavailableException.class, () -> cards.dueCount(lena, clock.instant()));
        assertThrows(ResilientCardStore.CardsUnavailableException.class, () -> cards.find(lena, card.id()));

        down = false;
        clock.advance(Duration.ofSeconds(2));
        assertEquals(1, guard.replay());
        assertEquals(1, cards.dueCount(lena, clock.instant()));
        assertEquals(card, cards.find(lena, card.id()).orElseThrow());
    }
}
