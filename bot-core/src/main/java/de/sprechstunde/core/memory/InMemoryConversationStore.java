package de.sprechstunde.core.memory;

import de.sprechstunde.core.learner.LearnerId;
import de.sprechstunde.core.learner.Turn;
import de.sprechstunde.core.port.ConversationStore;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Conversation turns in this JVM, at most {@code maxTurns} per learner. */
public final class InMemoryConversationStore implements ConversationStore {

    private final Map<LearnerId, Deque<Turn>> turns = new ConcurrentHashMap<>();
    private final int maxTurns;

    public InMemoryConversationStore(int maxTurns) {
        this.maxTurns = maxTurns;
    }

    @Override
    public void append(LearnerId learner, Turn turn) {
        Deque<Turn> history = turns.computeIfAbsent(learner, id -> new ArrayDeque<>());
        synchronized (history) {
            history.addLast(turn);
            while (history.size() > maxTurns) {
                history.removeFirst();
            }
        }
    }

    @Override
    public List<Turn> recent(LearnerId learner, int limit) {
        Deque<Turn> history = turns.get(learner);
        if (history == null) {
            return List.of();
        }
        synchronized (history) {
            List<Turn> all = List.copyOf(history);
            return all.subList(Math.max(0, all.size() - limit), all.size());
        }
    }

    @Override
    public long clear(LearnerId learner) {
        Deque<Turn> removed = turns.remove(learner);
        if (removed == null) {
            return 0;
        }
        synchronized (removed) {
            return removed.size();
        }
    }
}
