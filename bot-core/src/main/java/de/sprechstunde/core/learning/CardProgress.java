package de.sprechstunde.core.learning;

import de.sprechstunde.core.learner.LearnerId;
import de.sprechstunde.core.port.CardFigures;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * {@code /progress}'s card figures, read from the cards themselves: a card keeps how often it was
 * reviewed and how often it lapsed (rated Again), not each review's date, so "the last 30 days"
 * means the reviews of the cards last reviewed in that time.
 */
public final class CardProgress implements CardFigures {

    private static final Duration RECENT = Duration.ofDays(30);

    private final CardStore cards;

    public CardProgress(CardStore cards) {
        this.cards = cards;
    }

    @Override
    public Summary summary(LearnerId learner, Instant now) {
        List<Card> all = cards.newest(learner, cards.count(learner));
        int learned = 0;
        int reviews = 0;
        int lapses = 0;
        Instant since = now.minus(RECENT);
        for (Card card : all) {
            Schedule schedule = card.schedule();
            if (schedule.reviews() > 0) {
                learned++;
            }
            if (schedule.lastReview().filter(last -> last.isAfter(since)).isPresent()) {
                reviews += schedule.reviews();
                lapses += schedule.lapses();
            }
        }
        return new Summary(learned, reviews, reviews - lapses);
    }
}
