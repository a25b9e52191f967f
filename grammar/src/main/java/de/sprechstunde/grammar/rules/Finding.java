package de.sprechstunde.grammar.rules;

import de.sprechstunde.core.learner.MistakeCategory;

/**
 * A mistake one learner rule found, by word indexes in {@link Tokens}.
 *
 * @param first       first wrong word
 * @param last        last wrong word (inclusive)
 * @param fix         the replacement for the words {@code first..last}
 * @param category    what kind of mistake (usually the rule's own category)
 * @param explanation why
 */
record Finding(int first, int last, String fix, MistakeCategory category, Explanation explanation) {
}
