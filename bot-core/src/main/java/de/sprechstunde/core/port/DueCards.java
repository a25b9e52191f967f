package de.sprechstunde.core.port;

import de.sprechstunde.core.learner.LearnerId;
import java.time.Instant;

/**
 * How many spaced-repetition cards a learner has due: what reminders ask before they remind.
 * Thread-safe. Implemented by the card store ({@code cardStore::dueCount}).
 */
@FunctionalInterface
public interface DueCards {

    int dueCount(LearnerId learner, Instant now);

    /** Until the card store is wired: nothing is ever due. */
    DueCards NONE = (learner, now) -> 0;
}
