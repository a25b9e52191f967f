package de.sprechstunde.bench.multiged;

import java.util.Arrays;
import java.util.List;

/** One span a checker flagged in a sentence, with the rule that flagged it and its fix (empty when none). */
public record Flag(int start, int end, String ruleId, String wrong, String fix) {

    /**
     * True when the span keeps words at its start or end that the fix leaves as they are: the
     * learner is shown more than the mistake ("für das Hauskauf" where only "das" changes).
     */
    public boolean wider() {
        if (fix.isEmpty()) {
            return false;
        }
        List<String> from = Arrays.asList(wrong.strip().split("\\s+"));
        List<String> to = Arrays.asList(fix.strip().split("\\s+"));
        if (from.size() < 2) {
            return false;
        }
        return from.get(0).equals(to.get(0)) || from.get(from.size() - 1).equals(to.get(to.size() - 1));
    }
}
