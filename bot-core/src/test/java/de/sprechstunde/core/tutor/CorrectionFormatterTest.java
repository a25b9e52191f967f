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

    private static Correction suggestion(int start, String wrong, String fix, String category, String explanation) {
        return new Correction(start, start + wrong.length(), wrong, fix, category, "MODEL",
                Map.of(ExplanationLanguage.ENGLISH, explanation), Correction.Source.MODEL);
    }

    @Test
    void fullShowsGrammarPointsFirstThenALoneTypoWithItsExplanation() {
        assertEquals("✏️ „Gestern ich bin“ → „*Gestern bin ich*“ — Verb second.\n✏️ „Hallo“ → „*Hallo!*“ — Spelling.",
                formatter.format(List.of(spelling, wordOrder), learner));
    }

    @Test
    void severalTyposAreGroupedOnOneLineAfterTheGrammarPoint() {
        List<Correction> corrections = List.of(
                correction(0, "heute", "Heute", "spelling", "Capitals.", "Großschreibung."),
                correction(6, "geh", "gehe", "spelling", "Spelling.", "Rechtschreibung."),
                wordOrder,
                correction(30, "Kinno", "Kino", "spelling", "Spelling.", "Rechtschreibung."));
        assertEquals("✏️ „Gestern ich bin“ → „*Gestern bin ich*“ — Verb second.\n"
                        + "✏️ Spelling: „heute“ → „*Heute*“, „geh“ → „*gehe*“, „Kinno“ → „*Kino*“",
                formatter.format(corrections, learner));
        assertEquals("✏️ „Gestern ich bin“ → „*Gestern bin ich*“ — Verbzweitstellung.\n"
                        + "✏️ Rechtschreibung: „heute“ → „*Heute*“, „geh“ → „*gehe*“, „Kinno“ → „*Kino*“",
                formatter.format(corrections, learner.withExplanations(ExplanationLanguage.GERMAN)));
    }

    @Test
    void aDeletionIsShownAsDeleteInTheLearnersLanguageNeverAsAnEmptyEmphasis() {
        Correction deletion = correction(4, "haben", "", "other", "One verb too many.", "Ein Verb zu viel.");

        assertEquals("✏️ „haben“ → (delete) — One verb too many.", formatter.format(List.of(deletion), learner));
        assertEquals("✏️ „haben“ → (streichen) — Ein Verb zu viel.",
                formatter.format(List.of(deletion), learner.withExplanations(ExplanationLanguage.GERMAN)));
    }

    @Test
    void theModelsVerifiedSuggestionsAreMarkedAsSuggestionsAfterTheRules() {
        Correction model = suggestion(20, "in die Schule", "in der Schule", "case", "Location takes the dative.");

        assertEquals("✏️ „Gestern ich bin“ → „*Gestern bin ich*“ — Verb second.\n"
                        + "💡 „in die Schule“ → „*in der Schule*“ — Location takes the dative. (suggestion)",
                formatter.format(List.of(model, wordOrder), learner));
        assertEquals("💡 „in die Schule“ → „*in der Schule*“ — Location takes the dative. (Vorschlag)",
                formatter.format(List.of(model), learner.withExplanations(ExplanationLanguage.GERMAN)));
    }

    @Test
    void lightShowsOnlyTheMostImportantCorrection() {
        assertEquals("✏️ „Gestern ich bin“ → „*Gestern bin ich*“",
                formatter.format(List.of(spelling, wordOrder), learner.withCorrections(CorrectionLevel.LIGHT)));
    }

    @Test
    void lightPrefersARulesCorrectionOverTheModelsSuggestion() {
        Correction model = suggestion(20, "Ich gehen", "Ich gehe", "word-order", "Verb form.");
        LearnerProfile light = learner.withCorrections(CorrectionLevel.LIGHT);

        assertEquals("✏️ „Hallo“ → „*Hallo!*“", formatter.format(List.of(model, spelling), light));
        assertEquals("💡 „Ich gehen“ → „*Ich gehe*“ (suggestion)", formatter.format(List.of(model), light));
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
