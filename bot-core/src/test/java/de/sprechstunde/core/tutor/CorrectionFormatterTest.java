package de.sprechstunde.core.tutor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import de.sprechstunde.core.learner.CefrLevel;
import de.sprechstunde.core.learner.CorrectionLevel;
import de.sprechstunde.core.learner.ExplanationLanguage;
import de.sprechstunde.core.learner.LearnerId;
import de.sprechstunde.core.learner.LearnerProfile;
import de.sprechstunde.core.learner.Platform;
import de.sprechstunde.core.port.Correction;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CorrectionFormatterTest {

    private final CorrectionFormatter formatter = new CorrectionFormatter();
    private final LearnerProfile learner = LearnerProfile.newLearner(new LearnerId(Platform.TELEGRAM, "1"), "Lena", Instant.EPOCH);
    private final Correction spelling = correction(0, "Hallo", "Hallo!", "spelling", "Spelling.", "Rechtschreibung.");
    private final Correction wordOrder = correction(7, "Gestern ich bin", "Gestern bin ich", "word-order", "Verb second.", "Verbzweitstellung.");

    private static Correction correction(int start, String wrong, String fix, String category, String english, String german) {
        return new Correction(start, start + wrong.length(), wrong, fix, category, "TEST",
                Map.of(ExplanationLanguage.ENGLISH, english, ExplanationLanguage.GERMAN, german));
    }

    @Test
    void fullShowsEveryCorrectionWithItsExplanation() {
        assertEquals("✏️ „Hallo“ → „*Hallo!*“ — Spelling.\n✏️ „Gestern ich bin“ → „*Gestern bin ich*“ — Verb second.",
                formatter.format(List.of(spelling, wordOrder), learner));
    }

    @Test
    void lightShowsOnlyTheMostImportantCorrection() {
        assertEquals("✏️ „Gestern ich bin“ → „*Gestern bin ich*“",
                formatter.format(List.of(spelling, wordOrder), learner.withCorrections(CorrectionLevel.LIGHT)));
    }

    @Test
    void explanationsFollowTheChosenLanguageBelowC1AndAreGermanFromC1() {
        assertEquals(ExplanationLanguage.GERMAN, CorrectionFormatter.explanationLanguage(learner.withExplanations(ExplanationLanguage.GERMAN)));
        assertEquals(ExplanationLanguage.ENGLISH, CorrectionFormatter.explanationLanguage(learner.withLevel(CefrLevel.B2)));
        assertEquals(ExplanationLanguage.GERMAN, CorrectionFormatter.explanationLanguage(learner.withLevel(CefrLevel.C1)));
    }

    @Test
    void offShowsNothing() {
        assertEquals("", formatter.format(List.of(wordOrder), learner.withCorrections(CorrectionLevel.OFF)));
    }
}
