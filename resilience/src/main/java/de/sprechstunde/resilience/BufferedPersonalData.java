package de.sprechstunde.resilience;

import de.sprechstunde.core.learner.LearnerId;
import de.sprechstunde.core.port.PersonalData;
import de.sprechstunde.resilience.WriteBuffer;

/** Erases now, or (while the store is unreachable) queues the erasure and reports nothing erased yet. */
final class BufferedPersonalData implements PersonalData {

    private final PersonalData store;
    private final WriteBuffer writes;

    BufferedPersonalData(PersonalData store, WriteBuffer writes) {
        this.store = store;
        this.writes = writes;
    }

    @Override
    public String description() {
        return store.description();
    }

    @Override
    public long erase(LearnerId learner) {
        return writes.writeNowOrLater("personal.erase", () -> store.erase(learner)).orElse(0L);
    }
}
