package de.sprechstunde.core.learner;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** What the learner is practising right now. */
public sealed interface TutorMode {

    /** A short bounded name for logs, metrics and storage: conversation, scenario, drill, review. */
    String key();

    /** Free conversation with the tutor persona. */
    record Conversation() implements TutorMode {
        @Override
        public String key() {
            return "conversation";
        }
    }

    /**
     * A role-play.
     *
     * @param scenarioId which scenario from the catalogue
     * @param turns      how many learner turns have been played so far
     */
    record Scenario(String scenarioId, int turns) implements TutorMode {
        public Scenario {
            Objects.requireNonNull(scenarioId, "scenarioId");
            if (turns < 0) {
                throw new IllegalArgumentException("turns must not be negative");
            }
        }

        public Scenario nextTurn() {
            return new Scenario(scenarioId, turns + 1);
        }

        @Override
        public String key() {
            return "scenario";
        }
    }

    /**
     * Pronunciation practice.
     *
     * @param phraseId the phrase the learner should say next
     */
    record Drill(String phraseId) implements TutorMode {
        public Drill {
            Objects.requireNonNull(phraseId, "phraseId");
        }

        @Override
        public String key() {
            return "drill";
        }
    }

    /**
     * The placement test ({@code /test}): kept in the profile so an interrupted test survives a restart.
     *
     * @param answered the ids of the items answered so far, in order
     * @param right    for each answered item whether it was right
     * @param current  the id of the item shown now
     */
    record Placement(List<String> answered, List<Boolean> right, String current) implements TutorMode {
        public Placement {
            answered = List.copyOf(answered);
            right = List.copyOf(right);
            Objects.requireNonNull(current, "current");
            if (answered.size() != right.size()) {
                throw new IllegalArgumentException("one result per answered item");
            }
        }

        /** The same test with the current item answered and {@code next} shown. */
        public Placement answer(boolean correct, String next) {
            List<String> items = new ArrayList<>(answered);
            items.add(current);
            List<Boolean> results = new ArrayList<>(right);
            results.add(correct);
            return new Placement(items, results, next);
        }

        @Override
        public String key() {
            return "placement";
        }
    }

    /**
     * A review session of due cards.
     *
     * @param cardId   the card asked now
     * @param done     how many cards of this session were rated before it
     * @param right    how many answers of this session were right (the check's rating was not Again)
     * @param answered whether the learner has answered the card and it waits for a rating
     */
    record Review(String cardId, int done, int right, boolean answered) implements TutorMode {
        public Review {
            Objects.requireNonNull(cardId, "cardId");
            if (done < 0 || right < 0) {
                throw new IllegalArgumentException("counts must not be negative");
            }
        }

        @Override
        public String key() {
            return "review";
        }
    }

    static TutorMode conversation() {
        return new Conversation();
    }
}
