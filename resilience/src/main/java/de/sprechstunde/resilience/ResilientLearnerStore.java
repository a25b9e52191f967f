package de.sprechstunde.resilience;

import com.github.benmanes.caffeine.cache.Cache;
import de.sprechstunde.core.learner.LearnerId;
import de.sprechstunde.core.learner.LearnerProfile;
import de.sprechstunde.core.memory.BoundedCaches;
import de.sprechstunde.core.port.LearnerStore;
import de.sprechstunde.resilience.Breaker;
import de.sprechstunde.resilience.WriteBuffer;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * Profiles from the durable store, kept answering through an outage. Reads fall back to the
 * profiles this instance saw recently; writes are buffered and replayed in order. A learner whose
 * stored profile could not be read gets a fresh one meanwhile; when it is replayed, the stored
 * profile (the learner's real one) wins, so an outage never resets a level.
 */
final class ResilientLearnerStore implements LearnerStore {

    private final LearnerStore durable;
    private final Consumer<LearnerProfile> insertIfAbsent;
    private final Breaker breaker;
    private final WriteBuffer writes;
    private final Cache<LearnerId, LearnerProfile> recent;
    private final Set<LearnerId> unverified = ConcurrentHashMap.newKeySet();

    ResilientLearnerStore(LearnerStore durable, Consumer<LearnerProfile> insertIfAbsent, Breaker breaker, WriteBuffer writes,
                          int recentLearners) {
        this.durable = durable;
        this.insertIfAbsent = insertIfAbsent;
        this.breaker = breaker;
        this.writes = writes;
        this.recent = BoundedCaches.ofSize(recentLearners);
    }

    @Override
    public Optional<LearnerProfile> find(LearnerId id) {
        LearnerProfile known = recent.getIfPresent(id);
        if (known != null && !writes.isEmpty()) {
            return Optional.of(known); // buffered writes are newer than what the store holds
        }
        return breaker.call(() -> {
            Optional<LearnerProfile> stored = durable.find(id);
            stored.ifPresent(p -> recent.put(id, p));
            unverified.remove(id);
            return stored;
        }, () -> {
            if (known == null) {
                unverified.add(id);
            }
            return Optional.ofNullable(known);
        });
    }

    @Override
    public void save(LearnerProfile profile) {
        recent.put(profile.id(), profile);
        if (unverified.contains(profile.id())) {
            writes.write("learner.save", () -> replayUnverified(profile));
        } else {
            writes.write("learner.save", () -> durable.save(profile));
        }
    }

    /**
     * A profile made while the stored one was unknown never replaces a stored profile of another
     * creation (the learner's real one); later saves of the same made-up profile (same creation
     * instant, inserted by its first replay) do apply.
     */
    private void replayUnverified(LearnerProfile profile) {
        Optional<LearnerProfile> stored = durable.find(profile.id());
        if (stored.isPresent() && !stored.get().createdAt().equals(profile.createdAt())) {
            recent.put(profile.id(), stored.get());
            return;
        }
        if (stored.isEmpty()) {
            insertIfAbsent.accept(profile);
        } else {
            durable.save(profile);
        }
    }

    @Override
    public boolean delete(LearnerId id) {
        boolean known = recent.asMap().remove(id) != null;
        unverified.remove(id);
        return writes.writeNowOrLater("learner.delete", () -> durable.delete(id)).orElse(known) || known;
    }

    @Override
    public long count() {
        return breaker.call(durable::count, () -> recent.estimatedSize());
    }
}
