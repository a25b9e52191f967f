package de.sprechstunde.core.port;

import de.sprechstunde.core.learner.ExplanationLanguage;
import java.util.Map;
import java.util.Objects;

/**
 * One mistake found in a learner's German, with its fix: found by the deterministic checker, or
 * proposed by the model and verified by the tutor (then shown as a suggestion, not a rule).
 *
 * @param start        offset of the wrong part in the checked text (inclusive)
 * @param end          offset of the wrong part (exclusive)
 * @param wrong        the wrong part as written
 * @param fix          the suggested replacement for the wrong part
 * @param category     bounded category, e.g. {@code word-order}, {@code case}, {@code gender}
 * @param ruleId       the rule that found it, for reports and false-flag tracking
 * @param explanations a short explanation per language; English is always present (a model's
 *                     suggestion carries its one line, in the language it was asked for, under every key)
 * @param source       who found it; an empty {@code fix} deletes the wrong part
 */
public record Correction(
        int start, int end, String wrong, String fix, String category, String ruleId,
        Map<ExplanationLanguage, String> explanations, Source source) {

    /** Who found a correction. */
    public enum Source {
        /** LanguageTool or a learner rule: a rule with a curated explanation. */
        DETERMINISTIC,
        /** The model proposed it and every verification passed: the tutor's suggestion. */
        MODEL
    }

    /** A deterministic correction, found by a rule. */
    public Correction(int start, int end, String wrong, String fix, String category, String ruleId,
                      Map<ExplanationLanguage, String> explanations) {
        this(start, end, wrong, fix, category, ruleId, explanations, Source.DETERMINISTIC);
    }

    public Correction {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
        Objects.requireNonNull(wrong, "wrong");
        Objects.requireNonNull(fix, "fix");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(source, "source");
        explanations = Map.copyOf(explanations);
        if (!explanations.containsKey(ExplanationLanguage.ENGLISH)) {
            throw new IllegalArgumentException("an English explanation is required");
        }
    }

    /** Whether the model proposed it (a verified suggestion rather than a rule's finding). */
    public boolean suggestion() {
        return source == Source.MODEL;
    }

    /** Whether the fix removes the wrong part. */
    public boolean deletion() {
        return fix.isBlank();
    }

    /** The explanation in the wanted language, else English. */
    public String explanationIn(ExplanationLanguage language) {
        return explanations.getOrDefault(language, explanations.get(ExplanationLanguage.ENGLISH));
    }
}
