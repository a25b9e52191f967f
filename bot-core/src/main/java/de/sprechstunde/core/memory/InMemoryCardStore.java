package de.sprechstunde.core.memory;

import de.sprechstunde.core.learner.LearnerId;
import de.sprechstunde.core.learning.Card;
import de.sprechstunde.core.learning.CardStore;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Cards in this JVM only: the default without MongoDB, and for tests. */
public final class InMemoryCardStore implements CardStore {

    private static final Comparator<Card> BY_DUE = Comparator.comparing((Card c) -> c.schedule().due()).thenComparing(Card::id);
    private static final Comparator<Card> NEWEST_FIRST = Comparator.comparing(Card::created).reversed().thenComparing(Card::id);

    private final Map<LearnerId, Map<String, Card>> cards = new ConcurrentHashMap<>();

    @Override
    public int dueCount(LearnerId learner, Instant now) {
        return (int) of(learner).values().stream().filter(c -> c.schedule().dueAt(now)).count();
    }

    @Override
    public Optional<Instant> nextDue(LearnerId learner) {
        return of(learner).values().stream().map(c -> c.schedule().due()).min(Comparator.naturalOrder());
    }

    @Override
    public boolean add(Card card) {
        return cards.computeIfAbsent(card.learner(), k -> new ConcurrentHashMap<>()).putIfAbsent(card.id(), card) == null;
    }

    @Override
    public boolean update(Card card, int reviewsBefore) {
        Map<String, Card> mine = cards.get(card.learner());
        if (mine == null) {
            return false;
        }
        boolean[] replaced = {false};
        mine.computeIfPresent(card.id(), (id, current) -> {
            if (current.schedule().reviews() != reviewsBefore) {
                return current;
            }
            replaced[0] = true;
            return card;
        });
        return replaced[0];
    }

    @Override
    public Optional<Card> find(LearnerId learner, String cardId) {
        return Optional.ofNullable(of(learner).get(cardId));
    }

    @Override
    public List<Card> due(LearnerId learner, Instant now, int limit) {
        return of(learner).values().stream().filter(c -> c.schedule().dueAt(now)).sorted(BY_DUE).limit(limit).toList();
    }

    @Override
    public int count(LearnerId learner) {
        return of(learner).size();
    }

    @Override
    public List<Card> newest(LearnerId learner, int limit) {
        return of(learner).values().stream().sorted(NEWEST_FIRST).limit(limit).toList();
    }

    @Override
    public long delete(LearnerId learner) {
        Map<String, Card> removed = cards.remove(learner);
        return removed == null ? 0 : removed.size();
    }

    @Override
    public long dueBacklog(Instant now) {
        return cards.keySet().stream().mapToLong(l -> dueCount(l, now)).sum();
    }

    private Map<String, Card> of(LearnerId learner) {
        return cards.getOrDefault(learner, Map.of());
    }
}
