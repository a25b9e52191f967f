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
 * a category and a curated explanation, narrowed to the words the fix changes. Matches without a
 * suggestion are dropped (a correction always shows a fix). Where matches overlap, the learner rule with the highest priority wins, and
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
            ChangedWords.narrow(from, wrong, fix).ifPresent(change -> candidates.add(rank(match, change, wrong, fix, to)));
        }
        candidates.sort(Comparator.comparingInt(Ranked::priority).reversed().thenComparingInt(r -> r.correction().start()));
        List<Ranked> kept = new ArrayList<>();
        for (Ranked candidate : candidates) {
            if (kept.stream().noneMatch(k -> k.overlaps(candidate))) {
                kept.add(candidate);
            }
        }
        return kept.stream().map(Ranked::correction).sorted(Comparator.comparingInt(Correction::start)).toList();
    }

    /**
     * A candidate with the span its rule matched: overlaps are resolved on those spans, so two rules
     * that read the same phrase differently never both show a fix inside it.
     */
    private record Ranked(Correction correction, int priority, int matchedFrom, int matchedTo) {

        boolean overlaps(Ranked other) {
            return matchedFrom < other.matchedTo && other.matchedFrom < matchedTo;
        }
    }

    /** Ranks the narrowed change; the category is judged on the whole phrase the rule matched. */
    private Ranked rank(RuleMatch match, ChangedWords.Change change, String matchedWrong, String matchedFix, int matchedTo) {
        int matchedFrom = match.getFromPos();
        int from = change.start();
        int to = change.end();
        String wrong = change.wrong();
        String fix = change.fix();
        if (match.getRule() instanceof LearnerRule rule) {
            String specific = match.getSpecificRuleId();
            String key = specific != null && specific.contains(LearnerRule.CATEGORY_SEPARATOR)
                    ? specific.substring(specific.lastIndexOf(LearnerRule.CATEGORY_SEPARATOR) + 1)
                    : rule.mistakeCategory().key();
            Map<ExplanationLanguage, String> texts = Map.of(
                    ExplanationLanguage.ENGLISH, match.getMessage(), ExplanationLanguage.GERMAN, match.getShortMessage());
            return new Ranked(new Correction(from, to, wrong, fix, MistakeCategory.fromKey(key).orElse(rule.mistakeCategory()).key(),
                    rule.getId(), texts), rule.priority(), matchedFrom, matchedTo);
        }
        LanguageToolExplanations.Explained explained = explanations.explain(match, matchedWrong, matchedFix);
        Map<ExplanationLanguage, String> texts = Map.of(
                ExplanationLanguage.ENGLISH, explained.explanation().english(),
                ExplanationLanguage.GERMAN, explained.explanation().german());
        return new Ranked(new Correction(from, to, wrong, fix, explained.category().key(), match.getRule().getId(), texts),
                LANGUAGETOOL_PRIORITY, matchedFrom, matchedTo);
    }
}
