package de.sprechstunde.core.port;

import de.sprechstunde.core.learner.LearnerId;

/**
 * Any further store that keeps data about a learner (rate-limit counters, caches), so
 * {@code /forget} can delete it too. Thread-safe.
 */
public interface PersonalData {

    /** What is deleted, for the learner's receipt, e.g. {@code rate-limit counters}. */
    String description();

    /** @return how many records were deleted */
    long erase(LearnerId learner);
}
