package de.sprechstunde.core.port;

import java.time.Duration;
import java.util.Objects;

/** Whether a learner may send one more message now. */
public sealed interface RateDecision {

    /** Within budget. */
    record Allowed() implements RateDecision {
    }

    /**
     * Over budget.
     *
     * @param retryAfter   when the budget frees up again
     * @param firstRefusal true for the first refusal in this window: only then is the learner told
     */
    record Limited(Duration retryAfter, boolean firstRefusal) implements RateDecision {
        public Limited {
            Objects.requireNonNull(retryAfter, "retryAfter");
        }
    }

    static RateDecision allowed() {
        return new Allowed();
    }
}
