package de.sprechstunde.core.port;

import de.sprechstunde.core.learner.ExplanationLanguage;
import java.util.Map;
import java.util.Objects;

/**
 * One mistake found in a learner's German, with a deterministic fix.
 *
 * @param start        offset of the wrong part in the checked text (inclusive)
 * @param end          offset of the wrong part (exclusive)
 * @param wrong        the wrong part as written
 * @param fix          the suggested replacement for the wrong part
 * @param category     bounded category, e.g. {@code word-order}, {@code case}, {@code gender}
 * @param ruleId       the rule that found it, for reports and false-flag tracking
 * @param explanations a short curated explanation per language; English is always present
 */
public record Correction(
        int start, int end, String wrong, String fix, String category, String ruleId,
        Map<ExplanationLanguage, String> explanations) {

    public Correction {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
        Objects.requireNonNull(wrong, "wrong");
        Objects.requireNonNull(fix, "fix");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(ruleId, "ruleId");
        explanations = Map.copyOf(explanations);
        if (!explanations.containsKey(ExplanationLanguage.ENGLISH)) {
            throw new IllegalArgumentException("an English explanation is required");
        }
    }

    /** The explanation in the wanted language, else English. */
    public String explanationIn(ExplanationLanguage language) {
        return explanations.getOrDefault(language, explanations.get(ExplanationLanguage.ENGLISH));
    }
}
