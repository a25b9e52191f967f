package de.sprechstunde.resilience;

import de.sprechstunde.core.learner.LearnerId;
import de.sprechstunde.core.learning.Card;
import de.sprechstunde.core.learning.CardStore;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Cards in the durable store through an outage: new cards (harvested while the learner talks) are
 * buffered and replayed, and so is a deletion; reads and ratings skip the backend at once while it
 * is known to be down and fail with {@link CardsUnavailableException}, so the learner hears that
 * their cards cannot be reached instead of "no cards" — there is no honest stale answer to a
 * review. A buffered card counts as added (a duplicate is simply not added on replay).
 */
final class ResilientCardStore implements CardStore {

    private final CardStore durable;
    private final Breaker breaker;
    private final WriteBuffer writes;

    ResilientCardStore(CardStore durable, Breaker breaker, WriteBuffer writes) {
        this.durable = durable;
        this.breaker = breaker;
        this.writes = writes;
    }

    /** The card store's backend is down. */
    static final class CardsUnavailableException extends IllegalStateException {
        private static final long serialVersionUID = 1L;

        CardsUnavailableException(String component) {
            super("cards unavailable: " + component + " is down");
        }
    }

    @Override
    public int dueCount(LearnerId learner, Instant now) {
        return read(() -> durable.dueCount(learner, now));
    }

    @Override
    public Optional<Instant> nextDue(LearnerId learner) {
        return read(() -> durable.nextDue(learner));
    }

    @Override
    public boolean add(Card card) {
        return writes.writeNowOrLater("cards.add", () -> durable.add(card)).orElse(true);
    }

    @Override
    public boolean update(Card card, int reviewsBefore) {
        return read(() -> durable.update(card, reviewsBefore));
    }

    @Override
    public Optional<Card> find(LearnerId learner, String cardId) {
        return read(() -> durable.find(learner, cardId));
    }

    @Override
    public List<Card> due(LearnerId learner, Instant now, int limit) {
        return read(() -> durable.due(learner, now, limit));
    }

    @Override
    public int count(LearnerId learner) {
        return read(() -> durable.count(learner));
    }

    @Override
    public List<Card> newest(LearnerId learner, int limit) {
        return read(() -> durable.newest(learner, limit));
    }

    @Override
    public long delete(LearnerId learner) {
        return writes.writeNowOrLater("cards.delete", () -> durable.delete(learner)).orElse(0L);
    }

    @Override
    public long dueBacklog(Instant now) {
        return read(() -> durable.dueBacklog(now));
    }

    private <T> T read(Supplier<T> call) {
        return breaker.call(call, () -> {
            throw new CardsUnavailableException(breaker.component());
        });
    }
}
