package de.sprechstunde.grammar;

import de.sprechstunde.core.learner.CefrLevel;
import de.sprechstunde.core.port.Correction;
import de.sprechstunde.core.port.GrammarChecker;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A checker's figures on the corpus: per category how many mistakes it detected (a correction
 * overlapping the expected wrong part) and fixed exactly (applying those corrections gives the
 * expected sentence), and how many correct sentences it flagged.
 */
final class CorpusScore {

    /** Counts for one category. */
    static final class Tally {
        int sentences;
        int detected;
        int exact;

        double detectionRate() {
            return sentences == 0 ? 0 : (double) detected / sentences;
        }

        double exactRate() {
            return sentences == 0 ? 0 : (double) exact / sentences;
        }
    }

    final Map<String, Tally> byCategory = new TreeMap<>();
    final Tally total = new Tally();
    int correctSentences;
    int falseFlags;
    final List<String> misses = new ArrayList<>();
    final List<String> flags = new ArrayList<>();

    static CorpusScore of(GrammarChecker checker, List<LearnerCorpus.Entry> corpus) {
        CorpusScore score = new CorpusScore();
        for (LearnerCorpus.Entry entry : corpus) {
            List<Correction> found = checker.check(entry.sentence(), CefrLevel.A2);
            if (entry.correct()) {
                score.correctSentences++;
                if (!found.isEmpty()) {
                    score.falseFlags++;
                    score.flags.add(entry.sentence() + " ⇒ " + describe(found));
                }
                continue;
            }
            List<Correction> overlapping = found.stream()
                    .filter(c -> c.start() < entry.wrongEnd() && entry.wrongStart() < c.end()).toList();
            boolean exact = !overlapping.isEmpty() && apply(entry.sentence(), overlapping).equals(entry.corrected());
            Tally tally = score.byCategory.computeIfAbsent(entry.category(), k -> new Tally());
            for (Tally t : List.of(tally, score.total)) {
                t.sentences++;
                t.detected += overlapping.isEmpty() ? 0 : 1;
                t.exact += exact ? 1 : 0;
            }
            if (!exact) {
                score.misses.add("[" + entry.category() + "] " + entry.sentence() + " ⇒ " + describe(found));
            }
        }
        return score;
    }

    double falseFlagRate() {
        return correctSentences == 0 ? 0 : (double) falseFlags / correctSentences;
    }

    static String apply(String sentence, List<Correction> corrections) {
        StringBuilder text = new StringBuilder(sentence);
        corrections.stream().sorted(Comparator.comparingInt(Correction::start).reversed())
                .forEach(c -> text.replace(c.start(), c.end(), c.fix()));
        return text.toString();
    }

    private static String describe(List<Correction> found) {
        return found.isEmpty() ? "(nothing)" : String.join("; ", found.stream()
                .map(c -> "„" + c.wrong() + "“→„" + c.fix() + "“ " + c.category() + " " + c.ruleId()).toList());
    }
}
