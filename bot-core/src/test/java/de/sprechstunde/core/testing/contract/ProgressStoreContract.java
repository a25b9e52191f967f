package de.sprechstunde.core.testing.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import de.sprechstunde.core.learner.LearnerId;
import de.sprechstunde.core.learner.Platform;
import de.sprechstunde.core.port.LearnerProgress;
import de.sprechstunde.core.port.ProgressEvent;
import de.sprechstunde.core.port.ProgressStore;
import de.sprechstunde.core.port.ScoreSummary;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What every {@link ProgressStore} does; one subclass per implementation. The store's clock reads {@link #NOW}. */
public abstract class ProgressStoreContract {

    public static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");

    protected abstract ProgressStore store();

    private final LearnerId lena = new LearnerId(Platform.TELEGRAM, "lena-" + UUID.randomUUID());

    @Test
    public void aNewLearnerHasNoProgress() {
        assertEquals(LearnerProgress.EMPTY, store().load(lena));
    }

    @Test
    public void mistakesAreCountedPerDayAndCategory() {
        store().record(lena, new ProgressEvent.Mistake("word-order", NOW));
        store().record(lena, new ProgressEvent.Mistake("word-order", NOW.minusSeconds(60)));
        store().record(lena, new ProgressEvent.Mistake("case.dative", NOW));
        store().record(lena, new ProgressEvent.Mistake("gender", NOW.minusSeconds(86_400)));
        store().record(lena, new ProgressEvent.Mistake("gender", NOW.minusSeconds(200L * 86_400)));

        Map<LocalDate, Map<String, Long>> byDay = store().load(lena).mistakesByDay();

        assertEquals(Map.of(LocalDate.parse("2026-11-27"), Map.of("word-order", 2L, "case.dative", 1L),
                LocalDate.parse("2026-11-26"), Map.of("gender", 1L)), byDay);
    }

    @Test
    public void drillScoresAddUpPerPhraseAndPerSound() {
        store().record(lena, new ProgressEvent.DrillScore("ue-1", Set.of("ü"), 60, NOW));
        store().record(lena, new ProgressEvent.DrillScore("ue-1", Set.of("ü"), 90, NOW));
        store().record(lena, new ProgressEvent.DrillScore("ich-2", Set.of("ich-laut", "ü"), 75, NOW));

        LearnerProgress progress = store().load(lena);

        assertScore(new ScoreSummary(2, 75.0, 90, 90), progress.drillByPhrase().get("ue-1"));
        assertScore(new ScoreSummary(1, 75.0, 75, 75), progress.drillByPhrase().get("ich-2"));
        assertScore(new ScoreSummary(3, 75.0, 90, 75), progress.drillBySound().get("ü"));
        assertScore(new ScoreSummary(1, 75.0, 75, 75), progress.drillBySound().get("ich-laut"));
    }

    @Test
    public void wordsPractisedCountsDistinctWordsIgnoringCase() {
        store().record(lena, new ProgressEvent.WordsPractised(List.of("Brot", "kaufen", "brot"), NOW));
        store().record(lena, new ProgressEvent.WordsPractised(List.of("BROT", "Bäcker"), NOW));

        assertEquals(3, store().load(lena).wordsPractised());
    }

    @Test
    public void deletingRemovesEverythingAndCountsTheRecords() {
        store().record(lena, new ProgressEvent.Mistake("case", NOW));
        store().record(lena, new ProgressEvent.DrillScore("ue-1", Set.of("ü"), 60, NOW));
        store().record(lena, new ProgressEvent.WordsPractised(List.of("Brot"), NOW));

        assertEquals(3, store().delete(lena));

        assertEquals(LearnerProgress.EMPTY, store().load(lena));
        assertEquals(0, store().delete(lena));
    }

    private static void assertScore(ScoreSummary expected, ScoreSummary actual) {
        assertEquals(expected.attempts(), actual.attempts());
        assertEquals(expected.average(), actual.average(), 1e-9);
        assertEquals(expected.best(), actual.best());
        assertEquals(expected.last(), actual.last());
    }
}
