package de.sprechstunde.core.port;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** Something worth counting in a learner's progress. */
public sealed interface ProgressEvent {

    Instant at();

    /** A detected mistake of one category, e.g. {@code word-order}. */
    record Mistake(String category, Instant at) implements ProgressEvent {
        public Mistake {
            Objects.requireNonNull(category, "category");
            Objects.requireNonNull(at, "at");
        }
    }

    /**
     * A scored pronunciation attempt.
     *
     * @param phraseId the phrase practised
     * @param sounds   the sounds it trains, e.g. {@code ü}, {@code ich-laut}
     * @param score    0–100
     */
    record DrillScore(String phraseId, Set<String> sounds, int score, Instant at) implements ProgressEvent {
        public DrillScore {
            Objects.requireNonNull(phraseId, "phraseId");
            sounds = Set.copyOf(sounds);
            Objects.requireNonNull(at, "at");
        }
    }

    /** German words the learner used. */
    record WordsPractised(List<String> words, Instant at) implements ProgressEvent {
        public WordsPractised {
            words = List.copyOf(words);
            Objects.requireNonNull(at, "at");
        }
    }
}
