package de.sprechstunde.core.placement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.sprechstunde.core.learner.CefrLevel;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/** The bank and the staircase: a simulated learner who knows everything up to one level. */
class PlacementTestTest {

    private final PlacementBank bank = PlacementBank.builtIn();
    private final PlacementTest test = new PlacementTest(bank);

    /** Runs a whole test for a learner who answers right exactly when {@code knows} says so. */
    private PlacementResult take(CefrLevel start, Predicate<PlacementItem> knows, List<PlacementItem> asked) {
        List<String> answered = new ArrayList<>();
        List<Boolean> right = new ArrayList<>();
        Optional<PlacementItem> item = Optional.of(test.first(start));
        while (item.isPresent()) {
            asked.add(item.get());
            answered.add(item.get().id());
            right.add(knows.test(item.get()));
            item = test.next(answered, right);
        }
        return test.score(answered, right);
    }

    private PlacementResult learnerAt(CefrLevel level, CefrLevel start) {
        return take(start, item -> item.level().compareTo(level) <= 0, new ArrayList<>());
    }

    @Test
    void theBankHasAtLeastSixtyItemsWithEveryKindAtEveryLevelA1ToC1() {
        assertTrue(bank.size() >= 60, "items: " + bank.size());
        for (CefrLevel level : PlacementBank.LEVELS) {
            for (PlacementKind kind : PlacementKind.values()) {
                assertTrue(bank.all().stream().anyMatch(i -> i.level() == level && i.kind() == kind), level + " " + kind);
            }
        }
        assertEquals(bank.size(), new HashSet<>(bank.all().stream().map(PlacementItem::id).toList()).size());
    }

    @Test
    void everyChoiceItemHasExactlyOneRightOptionAndEveryTypedItemAcceptsItsOwnAnswer() {
        for (PlacementItem item : bank.all()) {
            if (item.kind().choice()) {
                assertEquals(1, item.options().stream().filter(item::accepts).count(), item.id());
            } else if (item.kind() == PlacementKind.WORD_ORDER) {
                assertTrue(item.accepts(item.rightAnswer().toUpperCase()), item.id());
                assertFalse(item.accepts(""), item.id());
            }
        }
    }

    @Test
    void aTestHasTwelveItemsNoneTwiceAndEndsWithAFreeSentence() {
        List<PlacementItem> asked = new ArrayList<>();
        take(CefrLevel.A2, item -> item.id().hashCode() % 3 != 0, asked);

        assertEquals(PlacementTest.LENGTH, asked.size());
        assertEquals(asked.size(), new HashSet<>(asked).size());
        assertEquals(PlacementKind.FREE, asked.get(asked.size() - 1).kind());
        assertTrue(asked.subList(0, 11).stream().noneMatch(i -> i.kind() == PlacementKind.FREE));
    }

    @Test
    void rightAnswersClimbAndWrongOnesDescendOneLevelAtATime() {
        List<PlacementItem> asked = new ArrayList<>();
        take(CefrLevel.A2, item -> true, asked);
        assertEquals(List.of(CefrLevel.A2, CefrLevel.B1, CefrLevel.B2, CefrLevel.C1, CefrLevel.C1),
                asked.subList(0, 5).stream().map(PlacementItem::level).toList());

        asked.clear();
        take(CefrLevel.B2, item -> false, asked);
        assertEquals(List.of(CefrLevel.B2, CefrLevel.B1, CefrLevel.A2, CefrLevel.A1, CefrLevel.A1),
                asked.subList(0, 5).stream().map(PlacementItem::level).toList());
    }

    @Test
    void aSimulatedLearnerIsPlacedAtTheLevelTheyKnowFromAnyStart() {
        for (CefrLevel level : PlacementBank.LEVELS) {
            for (CefrLevel start : List.of(CefrLevel.A1, CefrLevel.A2, CefrLevel.C1)) {
                assertEquals(level, learnerAt(level, start).level(), "knows " + level + ", started at " + start);
            }
        }
    }

    @Test
    void nothingRightPlacesAtA1AndTheKindsRotate() {
        List<PlacementItem> asked = new ArrayList<>();
        PlacementResult result = take(CefrLevel.A2, item -> false, asked);

        assertEquals(CefrLevel.A1, result.level());
        assertEquals(0, result.askedAtLevel() == 0 ? 0 : result.rightAtLevel());
        assertEquals(3, asked.subList(0, 3).stream().map(PlacementItem::kind).distinct().count());
    }

    @Test
    void theScoringIsTheDocumentedRule() {
        // B1: 3 of 4 right passes; B2: 1 of 3 does not; C1 is never reached with two right
        PlacementResult result = test.score(List.of("b1-c1", "b2-c1", "b1-c2", "b2-c2", "b1-c3", "b2-c3", "b1-c4"),
                List.of(true, false, true, true, true, false, false));

        assertEquals(CefrLevel.B1, result.level());
        assertEquals(3, result.rightAtLevel());
        assertEquals(4, result.askedAtLevel());
        assertEquals("B1 3/4 · B2 1/3", result.byLevel());
    }

    @Test
    void aBrokenBankIsRefusedWhenLoaded() {
        assertThrows(IllegalArgumentException.class, () -> PlacementBank.parse(List.of("x1\tA1\tcloze\tIch ___.\tbin|bist\tist")));
        assertThrows(IllegalArgumentException.class, () -> PlacementBank.parse(List.of("x1\tA1\tcloze\tIch ___.\tbin|bist\tbin")));
    }
}
