package de.sprechstunde.core.memory;

import de.sprechstunde.core.learner.LearnerId;
import de.sprechstunde.core.learner.LearnerProfile;
import de.sprechstunde.core.port.LearnerStore;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Learner profiles in this JVM only: for tests and benchmarks; lost on restart. */
public final class InMemoryLearnerStore implements LearnerStore {

    private final Map<LearnerId, LearnerProfile> profiles = new ConcurrentHashMap<>();

    @Override
    public Optional<LearnerProfile> find(LearnerId id) {
        return Optional.ofNullable(profiles.get(id));
    }

    @Override
    public void save(LearnerProfile profile) {
        profiles.put(profile.id(), profile);
    }

    @Override
    public boolean delete(LearnerId id) {
        return profiles.remove(id) != null;
    }

    @Override
    public long count() {
        return profiles.size();
    }
}
