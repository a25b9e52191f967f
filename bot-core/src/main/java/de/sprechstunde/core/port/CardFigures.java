package de.sprechstunde.core.port;

import de.sprechstunde.core.learner.LearnerId;
import java.time.Instant;

/**
 * A learner's spaced-repetition figures for {@code /progress}. Thread-safe. Implemented over the card
 * store; {@link #NONE} (all zero) until it is wired.
 */
@FunctionalInterface
public interface CardFigures {

    Summary summary(LearnerId learner, Instant now);

    CardFigures NONE = (learner, now) -> Summary.NONE;

    /**
     * @param learned cards reviewed at least once
     * @param reviews reviews in the last 30 days
     * @param right   of those, rated Good or Easy
     */
    record Summary(int learned, int reviews, int right) {
        public static final Summary NONE = new Summary(0, 0, 0);

        /** Share of reviews rated Good or Easy, 0–100; 0 without reviews. */
        public int accuracyPercent() {
            return reviews == 0 ? 0 : Math.round(100f * right / reviews);
        }
    }
}
