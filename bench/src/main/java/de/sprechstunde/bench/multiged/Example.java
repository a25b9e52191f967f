package de.sprechstunde.bench.multiged;

import java.util.List;

/**
 * One candidate correction on a labelled sentence, for training and choosing the filter.
 *
 * @param sentence    index of the sentence in its split
 * @param ruleId      the rule that proposed it
 * @param priority    which candidate wins an overlap
 * @param matchedFrom start of the rule's own span
 * @param matchedTo   end of the rule's own span
 * @param start       start of the narrowed correction
 * @param covered     the tokens the narrowed correction covers
 * @param wrongTokens how many of them the annotators marked wrong
 * @param features    what the filter sees
 */
public record Example(int sentence, String ruleId, int priority, int matchedFrom, int matchedTo, int start,
                      List<Integer> covered, int wrongTokens, List<String> features) {

    /**
     * Right when at least half of its tokens were marked wrong: a deletion covers the word it
     * deletes and the neighbour shown with it, and only the deleted word is marked.
     */
    public boolean right() {
        return 2 * wrongTokens >= covered.size() && wrongTokens > 0;
    }
}
