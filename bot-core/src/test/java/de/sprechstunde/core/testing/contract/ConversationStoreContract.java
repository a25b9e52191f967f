package de.sprechstunde.core.testing.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import de.sprechstunde.core.learner.LearnerId;
import de.sprechstunde.core.learner.Platform;
import de.sprechstunde.core.learner.Turn;
import de.sprechstunde.core.port.ConversationStore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What every {@link ConversationStore} does; one subclass per implementation. */
public abstract class ConversationStoreContract {

    /** A store that keeps at most {@code maxTurns} turns per learner. */
    protected abstract ConversationStore store(int maxTurns);

    private final LearnerId lena = new LearnerId(Platform.TELEGRAM, "lena-" + UUID.randomUUID());
    private final LearnerId tom = new LearnerId(Platform.TELEGRAM, "tom-" + UUID.randomUUID());
    private final Instant at = Instant.parse("2026-11-27T10:00:00Z");

    @Test
    public void recentTurnsComeOldestFirstEvenWithinOneInstant() {
        ConversationStore store = store(10);
        store.append(lena, Turn.learner("Hallo", at));
        store.append(lena, Turn.tutor("Hallo Lena!", at));
        store.append(lena, Turn.learner("Wie geht's?", at.plusSeconds(5)));
        store.append(tom, Turn.learner("Moin", at));

        assertEquals(List.of(Turn.learner("Hallo", at), Turn.tutor("Hallo Lena!", at), Turn.learner("Wie geht's?", at.plusSeconds(5))),
                store.recent(lena, 10));
        assertEquals(List.of(Turn.tutor("Hallo Lena!", at), Turn.learner("Wie geht's?", at.plusSeconds(5))), store.recent(lena, 2));
    }

    @Test
    public void onlyTheNewestTurnsAreKept() {
        ConversationStore store = store(4);
        List<Turn> all = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            Turn turn = Turn.learner("Satz " + i, at.plusSeconds(i));
            all.add(turn);
            store.append(lena, turn);
        }

        assertEquals(all.subList(3, 7), store.recent(lena, 100));
    }

    @Test
    public void clearingDeletesOneLearnersTurnsAndCountsThem() {
        ConversationStore store = store(10);
        store.append(lena, Turn.learner("Hallo", at));
        store.append(lena, Turn.tutor("Hallo!", at));
        store.append(tom, Turn.learner("Moin", at));

        assertEquals(2, store.clear(lena));

        assertEquals(List.of(), store.recent(lena, 10));
        assertEquals(1, store.recent(tom, 10).size());
    }
}
