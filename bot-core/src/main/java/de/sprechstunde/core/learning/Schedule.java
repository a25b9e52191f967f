package de.sprechstunde.core.learning;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * When a card is due and what FSRS remembers of it.
 *
 * @param memory       stability and difficulty; empty before the first review
 * @param due          when the card should be reviewed next
 * @param lastReview   when it was last reviewed; empty before the first review
 * @param intervalDays the interval chosen at the last review (0 before the first)
 * @param reviews      how many times it was rated; rating buttons carry it, so a second press is ignored
 * @param lapses       how many times it was forgotten (rated Again after the first review)
 */
public record Schedule(Optional<MemoryState> memory, Instant due, Optional<Instant> lastReview, int intervalDays,
                       int reviews, int lapses) {

    public Schedule {
        Objects.requireNonNull(memory, "memory");
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(lastReview, "lastReview");
        if (intervalDays < 0 || reviews < 0 || lapses < 0) {
            throw new IllegalArgumentException("negative counts");
        }
    }

    /** A new card: due at once. */
    public static Schedule fresh(Instant now) {
        return new Schedule(Optional.empty(), now, Optional.empty(), 0, 0, 0);
    }

    public boolean dueAt(Instant now) {
        return !due.isAfter(now);
    }
}
