package de.sprechstunde.core.tutor;

import de.sprechstunde.core.learner.LearnerId;
import de.sprechstunde.core.learner.Turn;
import de.sprechstunde.core.port.ConversationStore;
import java.time.Clock;
import java.util.List;

/** A learner's recent turns: what is remembered, and what of it fits the model's context. */
public final class TurnHistory {

    private final ConversationStore store;
    private final ConversationMemory memory;
    private final int turns;
    private final Clock clock;

    public TurnHistory(ConversationStore store, ConversationMemory memory, int turns, Clock clock) {
        this.store = store;
        this.memory = memory;
        this.turns = turns;
        this.clock = clock;
    }

    /** The recent turns that fit the model's context, oldest first. */
    public List<Turn> forPrompt(LearnerId learner) {
        return memory.fit(store.recent(learner, turns));
    }

    public void remember(LearnerId learner, String learnerText, String tutorText) {
        store.append(learner, Turn.learner(learnerText, clock.instant()));
        store.append(learner, Turn.tutor(tutorText, clock.instant()));
    }

    /** Records something the tutor said unprompted, such as a role-play's opening line. */
    public void rememberTutor(LearnerId learner, String tutorText) {
        store.append(learner, Turn.tutor(tutorText, clock.instant()));
    }

    public long clear(LearnerId learner) {
        return store.clear(learner);
    }
}
