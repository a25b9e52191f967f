package de.sprechstunde.grammar;

import de.sprechstunde.core.port.Correction;
import java.util.List;

/**
 * One correction a rule proposed, before the filter and the overlap resolution decide whether it
 * is shown; for training and measuring the filter.
 *
 * @param correction  the correction, narrowed to the words it changes
 * @param features    what the correction filter sees
 * @param score       the filter's probability that it is right (NaN without a filter)
 * @param priority    which candidate wins an overlap: the higher number
 * @param matchedFrom start of the span the rule matched
 * @param matchedTo   end of the span the rule matched
 */
public record Candidate(Correction correction, List<String> features, double score, int priority, int matchedFrom,
                        int matchedTo) {

    public Candidate {
        features = List.copyOf(features);
    }

    boolean overlaps(Candidate other) {
        return matchedFrom < other.matchedTo && other.matchedFrom < matchedTo;
    }
}
