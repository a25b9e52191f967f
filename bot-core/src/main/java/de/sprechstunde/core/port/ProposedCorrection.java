package de.sprechstunde.core.port;

import java.util.Objects;

/**
 * A correction the model proposes, as it said it: nothing here is verified yet. The tutor shows it
 * only after its own checks (the wrong part is really in the text, the edit is small, the checker
 * accepts the corrected sentence, it does not contradict a rule's correction).
 *
 * @param wrong       the wrong part, quoted from the learner's text
 * @param fix         its replacement; empty to delete the wrong part
 * @param category    the model's category key, e.g. {@code case}; unknown keys count as {@code other}
 * @param explanation one short line of why, in the language the model was asked for
 */
public record ProposedCorrection(String wrong, String fix, String category, String explanation) {
    public ProposedCorrection {
        Objects.requireNonNull(wrong, "wrong");
        Objects.requireNonNull(fix, "fix");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(explanation, "explanation");
    }
}
