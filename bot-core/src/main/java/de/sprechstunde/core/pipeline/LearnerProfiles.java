package de.sprechstunde.core.pipeline;

import de.sprechstunde.core.learner.LearnerProfile;
import de.sprechstunde.core.message.IncomingMessage;
import de.sprechstunde.core.port.LearnerStore;
import java.time.Clock;
import java.util.Optional;

/** Loads a learner's profile for a message, creating and saving it on first contact. */
public final class LearnerProfiles {

    private final LearnerStore store;
    private final Clock clock;

    public LearnerProfiles(LearnerStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    public LearnerProfile forMessage(IncomingMessage message) {
        Optional<LearnerProfile> known = store.find(message.sender());
        if (known.isPresent()) {
            LearnerProfile profile = known.get();
            if (!message.displayName().isBlank() && !message.displayName().equals(profile.displayName())) {
                profile = profile.withDisplayName(message.displayName());
                store.save(profile);
            }
            return profile;
        }
        LearnerProfile created = LearnerProfile.newLearner(message.sender(), message.displayName(), clock.instant());
        store.save(created);
        return created;
    }

    /** Saves the profile if the turn changed it. */
    public void saveIfChanged(LearnerProfile before, LearnerProfile after) {
        if (!after.equals(before)) {
            store.save(after);
        }
    }
}
