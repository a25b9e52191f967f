package de.sprechstunde.core.testing.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.sprechstunde.core.learner.CefrLevel;
import de.sprechstunde.core.learner.CorrectionLevel;
import de.sprechstunde.core.learner.ExplanationLanguage;
import de.sprechstunde.core.learner.LearnerId;
import de.sprechstunde.core.learner.LearnerProfile;
import de.sprechstunde.core.learner.Platform;
import de.sprechstunde.core.learner.TutorMode;
import de.sprechstunde.core.port.LearnerStore;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What every {@link LearnerStore} does; one subclass per implementation. */
public abstract class LearnerStoreContract {

    protected abstract LearnerStore store();

    private final LearnerId lena = new LearnerId(Platform.TELEGRAM, "lena-" + UUID.randomUUID());
    private final Instant created = Instant.parse("2026-11-27T10:00:00Z");

    @Test
    public void anUnknownLearnerIsNotFound() {
        assertEquals(Optional.empty(), store().find(lena));
        assertFalse(store().delete(lena));
    }

    @Test
    public void aPlacementTestInProgressSurvivesTheRoundTrip() {
        LearnerProfile profile = LearnerProfile.newLearner(lena, "Lena", created)
                .withMode(new TutorMode.Placement(java.util.List.of("a2-c1", "b1-c1"), java.util.List.of(true, false), "a2-c2"));

        store().save(profile);

        assertEquals(profile, store().find(lena).orElseThrow());
    }

    @Test
    public void everySettingSurvivesTheRoundTrip() {
        LearnerProfile profile = LearnerProfile.newLearner(lena, "Lena Müller", created).withLevel(CefrLevel.B2)
                .withExplanations(ExplanationLanguage.GERMAN).withVoiceReplies(true).withCorrections(CorrectionLevel.LIGHT)
                .withMode(new TutorMode.Scenario("bäckerei", 3));

        store().save(profile);

        assertEquals(Optional.of(profile), store().find(lena));
    }

    @Test
    public void savingAgainReplacesTheProfileAndDrillModeSurvives() {
        LearnerProfile profile = LearnerProfile.newLearner(lena, "Lena", created);
        store().save(profile);
        LearnerProfile drilling = profile.withMode(new TutorMode.Drill("ue-1")).withLevel(CefrLevel.C1);

        store().save(drilling);

        assertEquals(Optional.of(drilling), store().find(lena));
    }

    @Test
    public void deletingRemovesTheProfileAndTheCountFollows() {
        long before = store().count();
        store().save(LearnerProfile.newLearner(lena, "Lena", created));
        assertEquals(before + 1, store().count());

        assertTrue(store().delete(lena));

        assertEquals(Optional.empty(), store().find(lena));
        assertEquals(before, store().count());
    }
}
