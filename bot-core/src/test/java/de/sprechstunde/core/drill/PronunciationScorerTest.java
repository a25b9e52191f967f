package de.sprechstunde.core.drill;

import static de.sprechstunde.core.drill.Attempt.said;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PronunciationScorerTest {

    private static final String ROLLS = "Ich möchte zwei Brötchen, bitte.";
    private static final String TRAM = "Die Straßenbahnhaltestelle ist gleich um die Ecke.";

    private final PronunciationScorer scorer = new PronunciationScorer();

    /**
     * Marks: ✓ correct, ? correct but unsure, ✗ mispronounced, _ missed, + extra. The overall score
     * must lie in [min, max]; the exact match scores 100.
     */
    static Stream<Arguments> attempts() {
        return Stream.of(
                Arguments.of("exact match", ROLLS, said("Ich möchte zwei Brötchen, bitte."),
                        "✓✓✓✓✓", List.of(), 100, 100),
                Arguments.of("one substitution", ROLLS, said("Ich möchte zwei Brotchen bitte"),
                        "✓✓✓✗✓", List.of("Brötchen"), 80, 95),
                Arguments.of("an unrelated word instead", ROLLS, said("Ich möchte zwei Kuchen bitte"),
                        "✓✓✓✗✓", List.of("Brötchen"), 70, 92),
                Arguments.of("an omission", ROLLS, said("Ich möchte Brötchen bitte"),
                        "✓✓_✓✓", List.of("zwei"), 70, 90),
                Arguments.of("an insertion", ROLLS, said("Ich möchte gern zwei Brötchen bitte"),
                        "✓✓+✓✓✓", List.of(), 80, 95),
                Arguments.of("umlauts spelled out", ROLLS, said("ich moechte zwei Broetchen bitte"),
                        "✓✓✓✓✓", List.of(), 100, 100),
                Arguments.of("a digit for a number word", ROLLS, said("Ich möchte 2 Brötchen, bitte!"),
                        "✓✓✓✓✓", List.of(), 100, 100),
                Arguments.of("ß spelled ss", TRAM, said("Die Strassenbahnhaltestelle ist gleich um die Ecke"),
                        "✓✓✓✓✓✓✓", List.of(), 100, 100),
                Arguments.of("a compound heard as two words", TRAM, said("Die Straßenbahn Haltestelle ist gleich um die Ecke"),
                        "✓✓✓✓✓✓✓", List.of(), 100, 100),
                Arguments.of("a low-probability word", ROLLS, said("Ich möchte zwei Brötchen bitte").probability("Brötchen", 0.3),
                        "✓✓✓?✓", List.of("Brötchen"), 80, 95),
                Arguments.of("long pauses", ROLLS, said("Ich möchte zwei Brötchen bitte")
                                .pauseBefore("Brötchen", 2.5).pauseBefore("bitte", 1.5),
                        "✓✓✓✓✓", List.of(), 85, 97),
                Arguments.of("no probabilities reported", ROLLS, said("Ich möchte zwei Brötchen bitte").withoutProbabilities(),
                        "✓✓✓✓✓", List.of(), 100, 100),
                Arguments.of("nothing that matches", ROLLS, said("Hallo"),
                        "____✗", List.of("Ich", "möchte", "zwei", "Brötchen", "bitte"), 0, 20),
                Arguments.of("silence", ROLLS, said(""),
                        "_____", List.of("Ich", "möchte", "zwei", "Brötchen", "bitte"), 0, 0));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("attempts")
    void eachAttemptIsMarkedWordByWord(String name, String target, Attempt attempt, String marks,
                                       List<String> retry, int min, int max) {
        PronunciationScore score = scorer.score(target, attempt.transcript());

        assertEquals(marks, marks(score), name);
        assertEquals(retry, score.wordsToRetry(), name);
        assertTrue(score.overall() >= min && score.overall() <= max, name + ": overall " + score.overall() + " " + score);
    }

    @Test
    void everyKindOfMistakeScoresBelowAnExactMatch() {
        int exact = scorer.score(ROLLS, said("Ich möchte zwei Brötchen bitte").transcript()).overall();
        List<Attempt> mistakes = List.of(
                said("Ich möchte zwei Brotchen bitte"),
                said("Ich möchte Brötchen bitte"),
                said("Ich möchte gern zwei Brötchen bitte"),
                said("Ich möchte zwei Brötchen bitte").probability("Brötchen", 0.3),
                said("Ich möchte zwei Brötchen bitte").pauseBefore("Brötchen", 2.5));

        for (Attempt mistake : mistakes) {
            int overall = scorer.score(ROLLS, mistake.transcript()).overall();
            assertTrue(overall < exact, mistake + " scored " + overall + ", the exact match " + exact);
        }
    }

    @Test
    void longPausesLowerFluencyOnly() {
        PronunciationScore fluent = scorer.score(ROLLS, said("Ich möchte zwei Brötchen bitte").transcript());
        PronunciationScore halting = scorer.score(ROLLS, said("Ich möchte zwei Brötchen bitte").pauseBefore("Brötchen", 2.5).transcript());

        assertEquals(100, fluent.fluency().orElseThrow());
        assertTrue(halting.fluency().orElseThrow() < 80, "fluency " + halting.fluency());
        assertEquals(fluent.accuracy(), halting.accuracy());
        assertEquals(fluent.completeness(), halting.completeness());
    }

    @Test
    void withoutTimingsFluencyIsUnknownAndLeftOutOfTheOverallScore() {
        PronunciationScore score = scorer.score(ROLLS, said("Ich möchte zwei Brotchen bitte").withoutTimings().transcript());

        assertTrue(score.fluency().isEmpty());
        // (0.60 · accuracy + 0.25 · completeness) / 0.85
        assertEquals(Math.round((0.60 * score.accuracy() + 0.25 * 100) / 0.85), score.overall());
    }

    @Test
    void theFormulaIsTheDocumentedOne() {
        PronunciationScore score = scorer.score(ROLLS, said("Ich möchte zwei Brotchen bitte").transcript());

        // Brötchen vs Brotchen: "broetchen"/"brotchen", one edit in nine letters → 40 · 8/9 = 36
        assertEquals(36, score.words().get(3).score());
        assertEquals(87, score.accuracy()); // (4 · 100 + 36) / 5
        assertEquals(100, score.completeness());
        assertEquals(100, score.fluency().orElseThrow());
        assertEquals(92, score.overall()); // 0.60 · 87 + 0.25 · 100 + 0.15 · 100 = 92.2
    }

    private static String marks(PronunciationScore score) {
        return score.words().stream().map(word -> switch (word.status()) {
            case CORRECT -> word.score() >= PronunciationScore.UNSURE_BELOW ? "✓" : "?";
            case MISPRONOUNCED -> "✗";
            case MISSED -> "_";
            case EXTRA -> "+";
        }).collect(Collectors.joining());
    }
}
