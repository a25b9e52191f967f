package de.sprechstunde.core.learning;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * Schedules cards in whole days with FSRS-6, as the reference implementations' long-term
 * scheduler does (ts-fsrs {@code LongTermScheduler}): no minute-long learning steps — a chat
 * learner comes back the next day, not in ten minutes — and the four ratings always give strictly
 * growing intervals (Again &lt; Hard &lt; Good &lt; Easy). Pure and thread-safe; the caller passes
 * the time, taken from its {@code Clock}.
 */
public final class CardScheduler {

    private static final Duration DAY = Duration.ofDays(1);

    private final Fsrs fsrs;

    public CardScheduler(Fsrs fsrs) {
        this.fsrs = fsrs;
    }

    public Fsrs fsrs() {
        return fsrs;
    }

    /** The schedule after rating the card at {@code now}. */
    public Schedule rate(Schedule before, Rating rating, Instant now) {
        return outcomes(before, now).get(rating);
    }

    /** The schedule each rating would give. */
    public Map<Rating, Schedule> outcomes(Schedule before, Instant now) {
        int elapsed = before.lastReview().map(last -> elapsedDays(last, now)).orElse(0);
        Map<Rating, MemoryState> memories = new EnumMap<>(Rating.class);
        Map<Rating, Integer> intervals = new EnumMap<>(Rating.class);
        for (Rating r : Rating.values()) {
            MemoryState next = fsrs.next(before.memory().orElse(null), elapsed, r);
            memories.put(r, next);
            intervals.put(r, fsrs.intervalDays(next.stability()));
        }
        int again = Math.min(intervals.get(Rating.AGAIN), intervals.get(Rating.HARD));
        int hard = Math.max(intervals.get(Rating.HARD), again + 1);
        int good = Math.max(intervals.get(Rating.GOOD), hard + 1);
        int easy = Math.max(intervals.get(Rating.EASY), good + 1);
        Map<Rating, Integer> ordered = Map.of(Rating.AGAIN, again, Rating.HARD, hard, Rating.GOOD, good, Rating.EASY, easy);
        Map<Rating, Schedule> result = new EnumMap<>(Rating.class);
        for (Rating r : Rating.values()) {
            int days = ordered.get(r);
            boolean lapse = r == Rating.AGAIN && before.memory().isPresent();
            result.put(r, new Schedule(Optional.of(memories.get(r)), now.plus(DAY.multipliedBy(days)), Optional.of(now),
                    days, before.reviews() + 1, before.lapses() + (lapse ? 1 : 0)));
        }
        return result;
    }

    // whole days, as the reference counts them; a review a few hours later is the same day
    private static int elapsedDays(Instant last, Instant now) {
        return (int) Math.max(0, Duration.between(last, now).toDays());
    }
}
