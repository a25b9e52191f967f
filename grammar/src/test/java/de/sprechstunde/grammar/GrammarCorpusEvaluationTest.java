package de.sprechstunde.grammar;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Runs the learner corpus through LanguageTool alone and through LanguageTool plus the learner
 * rules, enforces the targets (detection ≥ 85 %, exact fix ≥ 60 %, false flags ≤ 2 %) and writes
 * the figures to {@code target/grammar-corpus-report.md} for docs/grammar.md.
 */
class GrammarCorpusEvaluationTest {

    private static final List<LearnerCorpus.Entry> CORPUS = LearnerCorpus.load();
    private static CorpusScore alone;
    private static CorpusScore full;
    private static CorpusScore shipped;

    @BeforeAll
    static void score() throws IOException {
        full = CorpusScore.of(WarmCheckers.full(), CORPUS);
        alone = CorpusScore.of(WarmCheckers.languageToolAlone(), CORPUS);
        shipped = CorpusScore.of(WarmCheckers.shipped(), CORPUS);
        StringBuilder text = new StringBuilder("## Corpus\n\n").append(report(alone, full)).append(shippedLine(shipped));
        for (String holdout : List.of("holdout", "holdout2")) {
            List<LearnerCorpus.Entry> entries = LearnerCorpus.loadHoldout(holdout);
            text.append("\n## Held-out: ").append(holdout).append("\n\n")
                    .append(report(CorpusScore.of(WarmCheckers.languageToolAlone(), entries), CorpusScore.of(WarmCheckers.full(), entries)))
                    .append(shippedLine(CorpusScore.of(WarmCheckers.shipped(), entries)));
        }
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/grammar-corpus-report.md"), text);
    }

    @Test
    void theCorpusHasAtLeast150SentencesCoveringEveryCategoryWrongAndRight() {
        assertTrue(CORPUS.size() >= 150, "corpus size " + CORPUS.size());
        for (String category : List.of("word-order", "case", "gender", "adjective-ending", "participle", "auxiliary", "comparison", "plural")) {
            assertTrue(CORPUS.stream().filter(e -> e.category().equals(category)).count() >= 10, category);
        }
        assertTrue(CORPUS.stream().filter(LearnerCorpus.Entry::correct).count() >= 100);
    }

    @Test
    void correctSentencesAreFlaggedAtMostTwoPercentOfTheTime() {
        assertTrue(full.falseFlagRate() <= 0.02, "false flags " + pct(full.falseFlagRate()) + ":\n" + String.join("\n", full.flags));
    }

    @Test
    void atLeast85PercentOfTheMistakesAreDetected() {
        assertTrue(full.total.detectionRate() >= 0.85, "detection " + pct(full.total.detectionRate()) + "\n" + String.join("\n", full.misses));
    }

    @Test
    void atLeast60PercentOfTheMistakesGetExactlyTheExpectedFix() {
        assertTrue(full.total.exactRate() >= 0.60, "exact fix " + pct(full.total.exactRate()) + "\n" + String.join("\n", full.misses));
    }

    @Test
    void theShippedCheckerFlagsAtMostTwoPercentOfTheCorrectSentences() {
        assertTrue(shipped.falseFlagRate() <= 0.02, "false flags " + pct(shipped.falseFlagRate()) + ":\n" + String.join("\n", shipped.flags));
    }

    @Test
    void theLearnerRulesImproveOnLanguageToolAlone() {
        assertTrue(full.total.detected > alone.total.detected, "learner rules add detections");
        assertTrue(full.falseFlags <= alone.falseFlags + 1, "learner rules add at most one false flag");
    }

    private static String report(CorpusScore alone, CorpusScore full) {
        StringBuilder text = new StringBuilder();
        text.append("| category | sentences | LT alone: detected | LT alone: exact fix | LT + rules: detected | LT + rules: exact fix |\n")
                .append("| --- | ---: | ---: | ---: | ---: | ---: |\n");
        for (Map.Entry<String, CorpusScore.Tally> entry : full.byCategory.entrySet()) {
            CorpusScore.Tally a = alone.byCategory.get(entry.getKey());
            CorpusScore.Tally f = entry.getValue();
            text.append(row(entry.getKey(), f.sentences, a, f));
        }
        text.append(row("**all mistakes**", full.total.sentences, alone.total, full.total));
        text.append("\n| correct sentences | LT alone: flagged | LT + rules: flagged |\n| ---: | ---: | ---: |\n")
                .append("| ").append(full.correctSentences).append(" | ").append(alone.falseFlags).append(" (")
                .append(pct(alone.falseFlagRate())).append(") | ").append(full.falseFlags).append(" (")
                .append(pct(full.falseFlagRate())).append(") |\n");
        text.append("\nNot fixed exactly (LT + rules):\n\n");
        full.misses.forEach(m -> text.append("- ").append(m).append('\n'));
        text.append("\nFalse flags (LT + rules):\n\n");
        full.flags.forEach(m -> text.append("- ").append(m).append('\n'));
        text.append("\nFalse flags (LT alone):\n\n");
        alone.flags.forEach(m -> text.append("- ").append(m).append('\n'));
        return text.toString();
    }

    /** The shipped checker (with the correction filter) on the same sentences: what a learner is shown. */
    private static String shippedLine(CorpusScore shipped) {
        return "\nShipped checker (correction filter on): detected " + shipped.total.detected + " (" + pct(shipped.total.detectionRate())
                + "), exact fix " + shipped.total.exact + " (" + pct(shipped.total.exactRate()) + "), false flags " + shipped.falseFlags
                + " of " + shipped.correctSentences + "\n\nBy category (shipped): " + shipped.byCategory.entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue().detected + "/" + e.getValue().sentences).toList() + "\n";
    }

    private static String row(String name, int sentences, CorpusScore.Tally alone, CorpusScore.Tally full) {
        return "| " + name + " | " + sentences + " | " + alone.detected + " (" + pct(alone.detectionRate()) + ") | "
                + alone.exact + " (" + pct(alone.exactRate()) + ") | " + full.detected + " (" + pct(full.detectionRate()) + ") | "
                + full.exact + " (" + pct(full.exactRate()) + ") |\n";
    }

    private static String pct(double rate) {
        return String.format(Locale.ROOT, "%.0f %%", rate * 100);
    }
}
