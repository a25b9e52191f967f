package de.sprechstunde.grammar.rules;

import java.util.Objects;

/**
 * A short curated explanation of a rule, in English and German; one line each.
 *
 * @param english for learners who read explanations in English
 * @param german  for learners who read them in German (and at C1/C2)
 */
public record Explanation(String english, String german) {
    public Explanation {
        Objects.requireNonNull(english, "english");
        Objects.requireNonNull(german, "german");
    }
}
