package de.sprechstunde.ollama;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Which host answers next: the least busy by requests in flight, where a host that does not have
 * the model loaded counts as {@value #AFFINITY_SLACK} requests busier (a model load takes seconds
 * to minutes, a queued request on a warm host usually less). Among equals, the one with the model,
 * then the one chosen longest ago (equally busy hosts take turns; a readmitted host gets its share,
 * not a burst), then the first configured. Pure, so the rule is tested without servers.
 */
final class HostChoice {

    /** How many more requests a warm host may have in flight before a cold one is preferred. */
    static final int AFFINITY_SLACK = 2;

    /** What routing knows of one host at the moment of choosing. */
    record Candidate(int index, int inFlight, boolean hasModel, long lastChosen) {

        int load() {
            return inFlight + (hasModel ? 0 : AFFINITY_SLACK);
        }
    }

    private static final Comparator<Candidate> ORDER = Comparator.comparingInt(Candidate::load)
            .thenComparing(Candidate::hasModel, Comparator.reverseOrder())
            .thenComparingLong(Candidate::lastChosen)
            .thenComparingInt(Candidate::index);

    private HostChoice() {
    }

    static Optional<Candidate> best(List<Candidate> candidates) {
        return candidates.stream().min(ORDER);
    }
}
