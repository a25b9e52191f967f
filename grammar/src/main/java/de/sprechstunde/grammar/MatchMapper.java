package de.sprechstunde.grammar;

import de.sprechstunde.core.learner.ExplanationLanguage;
import de.sprechstunde.core.learner.MistakeCategory;
import de.sprechstunde.core.port.Correction;
import de.sprechstunde.grammar.rules.LearnerRule;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.languagetool.rules.RuleMatch;

/**
 * Turns LanguageTool's matches into corrections: the wrong part, the first suggestion as the fix,
 * a category and a curated explanation. Matches without a suggestion are dropped (a correction
 * always shows a fix). Where matches overlap, the learner rule with the highest priority wins, and
 * learner rules win over LanguageTool's own, whose fixes for learner errors are less often right.
 */
final class MatchMapper {

    private static final int LANGUAGETOOL_PRIORITY = 10;

    private final LanguageToolExplanations explanations;

    MatchMapper(LanguageToolExplanations explanations) {
        this.explanations = explanations;
    }

    List<Correction> map(String text, List<RuleMatch> matches) {
        List<Ranked> candidates = new ArrayList<>();
        for (RuleMatch match : matches) {
            List<String> suggestions = match.getSuggestedReplacements();
            int from = match.getFromPos();
            int to = match.getToPos();
            if (suggestions.isEmpty() || from < 0 || to > text.length() || from >= to) {
                continue;
            }
            String wrong = text.substring(from, to);
            String fix = suggestions.get(0);
            if (fix.equals(wrong)) {
                continue;
            }
            candidates.add(rank(match, from, to, wrong, fix));
        }
        candidates.sort(Comparator.comparingInt(Ranked::priority).reversed().thenComparingInt(r -> r.correction().start()));
        List<Correction> kept = new ArrayList<>();
        for (Ranked candidate : candidates) {
            if (kept.stream().noneMatch(k -> overlaps(k, candidate.correction()))) {
                kept.add(candidate.correction());
            }
        }
        kept.sort(Comparator.comparingInt(Correction::start));
        return kept;
    }

    private record Ranked(Correction correction, int priority) {
    }

    private Ranked rank(RuleMatch match, int from, int to, String wrong, String fix) {
        if (match.getRule() instanceof LearnerRule rule) {
            String specific = match.getSpecificRuleId();
            String key = specific != null && specific.contains(LearnerRule.CATEGORY_SEPARATOR)
                    ? specific.substring(specific.lastIndexOf(LearnerRule.CATEGORY_SEPARATOR) + 1)
                    : rule.mistakeCategory().key();
            Map<ExplanationLanguage, String> texts = Map.of(
                    ExplanationLanguage.ENGLISH, match.getMessage(), ExplanationLanguage.GERMAN, match.getShortMessage());
            return new Ranked(new Correction(from, to, wrong, fix, MistakeCategory.fromKey(key).orElse(rule.mistakeCategory()).key(),
                    rule.getId(), texts), rule.priority());
        }
        LanguageToolExplanations.Explained explained = explanations.explain(match, wrong, fix);
        Map<ExplanationLanguage, String> texts = Map.of(
                ExplanationLanguage.ENGLISH, explained.explanation().english(),
                ExplanationLanguage.GERMAN, explained.explanation().german());
        return new Ranked(new Correction(from, to, wrong, fix, explained.category().key(), match.getRule().getId(), texts),
                LANGUAGETOOL_PRIORITY);
    }

    private static boolean overlaps(Correction a, Correction b) {
        return a.start() < b.end() && b.start() < a.end();
    }
}
