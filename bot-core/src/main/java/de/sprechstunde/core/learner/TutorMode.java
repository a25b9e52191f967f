package de.sprechstunde.core.learner;

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
