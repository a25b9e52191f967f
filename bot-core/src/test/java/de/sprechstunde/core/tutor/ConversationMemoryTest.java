package de.sprechstunde.core.tutor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import de.sprechstunde.core.learner.Turn;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConversationMemoryTest {

    private static Turn turn(String text) {
        return Turn.learner(text, Instant.EPOCH);
    }

    @Test
    void keepsTheNewestTurnsThatFitTheBudgetInOrder() {
        List<Turn> fitted = new ConversationMemory(10).fit(List.of(turn("aaaa"), turn("bbbb"), turn("cccc")));

        assertEquals(List.of("bbbb", "cccc"), fitted.stream().map(Turn::text).toList());
    }

    @Test
    void aSingleHugeTurnKeepsItsEnd() {
        List<Turn> fitted = new ConversationMemory(5).fit(List.of(turn("0123456789")));

        assertEquals("56789", fitted.get(0).text());
    }
}
