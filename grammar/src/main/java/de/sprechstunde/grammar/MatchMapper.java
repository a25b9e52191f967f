package de.sprechstunde.grammar;

import de.sprechstunde.core.learner.ExplanationLanguage;
import de.sprechstunde.core.learner.MistakeCategory;
import de.sprechstunde.core.port.Correction;
import de.sprechstunde.grammar.rules.LearnerRule;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.languagetool.rules.RuleMatch;

/**
 * Turns LanguageTool's matches into corrections: the wrong part, the first suggestion as the fix,
 * a category and a curated explanation, narrowed to the words the fix changes. Matches without a
 * suggestion are dropped (a correction always shows a fix). Where matches overlap, the learner rule with the highest priority wins, and
 * learner rules win over LanguageTool's own, whose fixes for learner errors are less often right.
 * With a {@link CorrectionFilter}, only the corrections it judges right take part.
 */
final class MatchMapper {

    private static final int LANGUAGETOOL_PRIORITY = 10;

    private final LanguageToolExplanations explanations;
    private final Optional<CorrectionFilter> filter;

    MatchMapper(LanguageToolExplanations explanations, Optional<CorrectionFilter> filter) {
        this.explanations = explanations;
        this.filter = filter;
    }

    List<Correction> map(String text, List<RuleMatch> matches) {
        List<Candidate> candidates = new ArrayList<>(candidates(text, matches));
        filter.ifPresent(f -> candidates.removeIf(c -> !f.shows(c.correction().ruleId(), c.features())));
        candidates.sort(Comparator.comparingInt(Candidate::priority).reversed().thenComparingInt(c -> c.correction().start()));
        List<Candidate> kept = new ArrayList<>();
        for (Candidate candidate : candidates) {
            if (kept.stream().noneMatch(k -> k.overlaps(candidate))) {
                kept.add(candidate);
            }
        }
        return kept.stream().map(Candidate::correction).sorted(Comparator.comparingInt(Correction::start)).toList();
    }

    /** Every match with a suggestion as a narrowed candidate, with its features and score; in match order. */
    List<Candidate> candidates(String text, List<RuleMatch> matches) {
        List<RuleMatch> usable = matches.stream()
                .filter(m -> !m.getSuggestedReplacements().isEmpty() && m.getFromPos() >= 0 && m.getToPos() <= text.length()
                        && m.getFromPos() < m.getToPos())
                .toList();
        List<Candidate> candidates = new ArrayList<>();
        for (RuleMatch match : usable) {
            String wrong = text.substring(match.getFromPos(), match.getToPos());
            String fix = match.getSuggestedReplacements().get(0);
            ChangedWords.narrow(match.getFromPos(), wrong, fix)
                    .ifPresent(change -> candidates.add(candidate(match, change, wrong, fix, usable.size())));
        }
        return candidates;
    }

    /** A candidate for the narrowed change; the category is judged on the whole phrase the rule matched. */
    private Candidate candidate(RuleMatch match, ChangedWords.Change change, String matchedWrong, String matchedFix, int found) {
        String key;
        int priority;
        Correction correction;
        if (match.getRule() instanceof LearnerRule rule) {
            String specific = match.getSpecificRuleId();
            key = specific != null && specific.contains(LearnerRule.CATEGORY_SEPARATOR)
                    ? specific.substring(specific.lastIndexOf(LearnerRule.CATEGORY_SEPARATOR) + 1)
                    : rule.mistakeCategory().key();
            Map<ExplanationLanguage, String> texts = Map.of(
                    ExplanationLanguage.ENGLISH, match.getMessage(), ExplanationLanguage.GERMAN, match.getShortMessage());
            correction = new Correction(change.start(), change.end(), change.wrong(), change.fix(),
                    MistakeCategory.fromKey(key).orElse(rule.mistakeCategory()).key(), rule.getId(), texts);
            priority = rule.priority();
        } else {
            LanguageToolExplanations.Explained explained = explanations.explain(match, matchedWrong, matchedFix);
            key = explained.category().key();
            Map<ExplanationLanguage, String> texts = Map.of(
                    ExplanationLanguage.ENGLISH, explained.explanation().english(),
                    ExplanationLanguage.GERMAN, explained.explanation().german());
            correction = new Correction(change.start(), change.end(), change.wrong(), change.fix(), key,
                    match.getRule().getId(), texts);
            priority = LANGUAGETOOL_PRIORITY;
        }
        List<String> features = CorrectionFeatures.of(match, change, key, found);
        double score = filter.map(f -> f.score(features)).orElse(Double.NaN);
        return new Candidate(correction, features, score, priority, match.getFromPos(), match.getToPos());
    }
}
