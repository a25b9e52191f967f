package de.sprechstunde.bench.multiged;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * One MultiGED sentence: its tokens with the annotators' labels, and the text rebuilt from them
 * the way a learner would have typed it, with each token's character offsets.
 */
public record LabelledSentence(List<String> tokens, List<Boolean> wrong, String text, int[] starts, int[] ends) {

    private static final Set<String> NO_SPACE_BEFORE = Set.of(".", ",", ";", ":", "!", "?", ")", "]", "...", "“", "'s");
    private static final Set<String> NO_SPACE_AFTER = Set.of("(", "[", "„");

    /** Rebuilds the text: one space between tokens, none before closing and after opening punctuation. */
    public static LabelledSentence of(List<String> tokens, List<Boolean> wrong) {
        StringBuilder text = new StringBuilder();
        int[] starts = new int[tokens.size()];
        int[] ends = new int[tokens.size()];
        boolean quoteOpen = false;
        boolean glueNext = true;
        for (int i = 0; i < tokens.size(); i++) {
            String token = tokens.get(i);
            boolean straightQuote = token.equals("\"");
            boolean glue = glueNext || NO_SPACE_BEFORE.contains(token) || (straightQuote && quoteOpen);
            if (!glue) {
                text.append(' ');
            }
            starts[i] = text.length();
            text.append(token);
            ends[i] = text.length();
            glueNext = NO_SPACE_AFTER.contains(token) || (straightQuote && !quoteOpen);
            if (straightQuote) {
                quoteOpen = !quoteOpen;
            }
        }
        return new LabelledSentence(List.copyOf(tokens), List.copyOf(wrong), text.toString(), starts, ends);
    }

    /** Indexes of the tokens a character span [from, to) touches. */
    public List<Integer> tokensIn(int from, int to) {
        List<Integer> covered = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (starts[i] < to && from < ends[i]) {
                covered.add(i);
            }
        }
        return covered;
    }

    public int size() {
        return tokens.size();
    }
}
