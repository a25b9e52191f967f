package de.sprechstunde.core.port;

import de.sprechstunde.core.learner.LearnerId;
import de.sprechstunde.core.learner.Turn;
import java.util.List;

/** Each learner's recent conversation turns, bounded in number. Thread-safe. */
public interface ConversationStore {

    void append(LearnerId learner, Turn turn);

    /** Up to {@code limit} most recent turns, oldest first. */
    List<Turn> recent(LearnerId learner, int limit);

    /** @return how many turns were deleted */
    long clear(LearnerId learner);
}
