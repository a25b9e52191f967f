package de.sprechstunde.core.learning;

import de.sprechstunde.core.learner.LearnerId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Every learner's cards, in the learner store. Thread-safe and safe to share between instances;
 * a backend that is unavailable throws an unchecked exception.
 *
 * <p>Reminders and {@code /progress} need only {@link #dueCount} and {@link #nextDue}.
 */
public interface CardStore {

    /** How many of the learner's cards are due at {@code now} (due time at or before it); 0 without cards. */
    int dueCount(LearnerId learner, Instant now);

    /** When the learner's next card falls due (possibly in the past); empty without cards. */
    Optional<Instant> nextDue(LearnerId learner);

    /** Adds the card unless the learner already has one with its id (the same key). @return whether it was added */
    boolean add(Card card);

    /**
     * Replaces a card after a review, but only if it still has {@code reviewsBefore} reviews: a
     * rating pressed twice, or on two instances, counts once.
     *
     * @return whether it was replaced (false: rated meanwhile, or deleted)
     */
    boolean update(Card card, int reviewsBefore);

    Optional<Card> find(LearnerId learner, String cardId);

    /** The learner's due cards, the longest overdue first. */
    List<Card> due(LearnerId learner, Instant now, int limit);

    /** How many cards the learner has. */
    int count(LearnerId learner);

    /** The learner's newest cards, the newest first. */
    List<Card> newest(LearnerId learner, int limit);

    /** @return how many cards were deleted */
    long delete(LearnerId learner);

    /** How many cards of all learners are due at {@code now}: the review backlog. */
    long dueBacklog(Instant now);
}
