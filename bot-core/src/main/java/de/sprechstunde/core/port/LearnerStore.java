package de.sprechstunde.core.port;

import de.sprechstunde.core.learner.LearnerId;
import de.sprechstunde.core.learner.LearnerProfile;
import java.util.Optional;

/** Learner profiles. Thread-safe. */
public interface LearnerStore {

    Optional<LearnerProfile> find(LearnerId id);

    /** Inserts or replaces the profile. */
    void save(LearnerProfile profile);

    /** @return true when there was a profile to delete */
    boolean delete(LearnerId id);

    long count();
}
