package de.sprechstunde.core.port;

import de.sprechstunde.core.learner.LearnerId;

/** Each learner's progress. Thread-safe. */
public interface ProgressStore {

    void record(LearnerId learner, ProgressEvent event);

    LearnerProgress load(LearnerId learner);

    /** @return how many progress records were deleted */
    long delete(LearnerId learner);
}
