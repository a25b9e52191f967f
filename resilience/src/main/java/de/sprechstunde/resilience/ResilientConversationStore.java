package de.sprechstunde.resilience;

import com.github.benmanes.caffeine.cache.Cache;
import de.sprechstunde.core.learner.LearnerId;
import de.sprechstunde.core.learner.Turn;
import de.sprechstunde.core.memory.BoundedCaches;
import de.sprechstunde.core.port.ConversationStore;
import de.sprechstunde.resilience.Breaker;
import de.sprechstunde.resilience.WriteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns in the durable store, kept answering through an outage: appends are buffered and replayed
 * in order (each turn keeps its own timestamp); reads fall back to the turns this instance last
 * read or wrote for the learner, so a conversation keeps its context.
 */
final class ResilientConversationStore implements ConversationStore {

    private final ConversationStore durable;
    private final Breaker breaker;
    private final WriteBuffer writes;
    private final int maxTurns;
    private final Cache<LearnerId, List<Turn>> recent;

    ResilientConversationStore(ConversationStore durable, Breaker breaker, WriteBuffer writes, int maxTurns, int recentLearners) {
        this.durable = durable;
        this.breaker = breaker;
        this.writes = writes;
        this.maxTurns = maxTurns;
        this.recent = BoundedCaches.ofSize(recentLearners);
    }

    @Override
    public void append(LearnerId learner, Turn turn) {
        recent.asMap().compute(learner, (id, known) -> {
            List<Turn> updated = new ArrayList<>(known == null ? List.of() : known);
            updated.add(turn);
            return List.copyOf(updated.subList(Math.max(0, updated.size() - maxTurns), updated.size()));
        });
        writes.write("turn.append", () -> durable.append(learner, turn));
    }

    @Override
    public List<Turn> recent(LearnerId learner, int limit) {
        if (!writes.isEmpty()) {
            return remembered(learner, limit); // buffered turns are not in the store yet
        }
        return breaker.call(() -> {
            List<Turn> stored = durable.recent(learner, limit);
            recent.put(learner, stored);
            return stored;
        }, () -> remembered(learner, limit));
    }

    @Override
    public long clear(LearnerId learner) {
        List<Turn> known = recent.asMap().remove(learner);
        long remembered = known == null ? 0 : known.size();
        return writes.writeNowOrLater("turn.clear", () -> durable.clear(learner)).orElse(remembered);
    }

    private List<Turn> remembered(LearnerId learner, int limit) {
        List<Turn> known = recent.getIfPresent(learner);
        if (known == null) {
            return List.of();
        }
        return known.subList(Math.max(0, known.size() - limit), known.size());
    }
}
