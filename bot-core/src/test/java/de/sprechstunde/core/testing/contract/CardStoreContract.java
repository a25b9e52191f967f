package de.sprechstunde.core.testing.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.sprechstunde.core.learner.LearnerId;
import de.sprechstunde.core.learner.Platform;
import de.sprechstunde.core.learning.Card;
import de.sprechstunde.core.learning.CardKind;
import de.sprechstunde.core.learning.CardScheduler;
import de.sprechstunde.core.learning.CardStore;
import de.sprechstunde.core.learning.Fsrs;
import de.sprechstunde.core.learning.FsrsParameters;
import de.sprechstunde.core.learning.Rating;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** What every {@link CardStore} does; one subclass per implementation. */
public abstract class CardStoreContract {

    public static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");

    protected abstract CardStore store();

    private final LearnerId lena = new LearnerId(Platform.TELEGRAM, "lena-" + UUID.randomUUID());
    private final LearnerId omar = new LearnerId(Platform.DISCORD, "omar-" + UUID.randomUUID());
    private final CardScheduler scheduler = new CardScheduler(new Fsrs(FsrsParameters.defaults(0.9)));

    private Card cloze(LearnerId learner, String sentence, Instant at) {
        return Card.create(learner, CardKind.CLOZE, sentence.replace("bin", "___"), "bin", sentence, "auxiliary", sentence, at);
    }

    @Test
    public void aLearnerWithoutCardsHasNothingDue() {
        assertEquals(0, store().dueCount(lena, NOW));
        assertEquals(Optional.empty(), store().nextDue(lena));
        assertEquals(0, store().count(lena));
        assertEquals(List.of(), store().due(lena, NOW, 20));
        assertEquals(List.of(), store().newest(lena, 5));
    }

    @Test
    public void anAddedCardIsDueAtOnceAndKeepsEveryField() {
        Card card = Card.create(lena, CardKind.NOUN, "Bahnhof", "der Bahnhof, die Bahnhöfe", "Ich warte am „Bahnhof“\tmit\nZeilen.",
                "noun", "Bahnhof", NOW);
        assertTrue(store().add(card));

        assertEquals(Optional.of(card), store().find(lena, card.id()));
        assertEquals(1, store().dueCount(lena, NOW));
        assertEquals(Optional.of(NOW), store().nextDue(lena));
        assertEquals(List.of(card), store().due(lena, NOW, 20));
    }

    @Test
    public void theSameKeyIsAddedOnce() {
        assertTrue(store().add(Card.create(lena, CardKind.NOUN, "Bahnhof", "der Bahnhof", "s1", "noun", "Bahnhof", NOW)));
        assertFalse(store().add(Card.create(lena, CardKind.NOUN, "Bahnhof", "der Bahnhof", "s2", "noun", "bahnhof", NOW)));
        assertEquals(1, store().count(lena));
        assertEquals("s1", store().newest(lena, 1).get(0).source());
    }

    @Test
    public void aReviewedCardIsDueWhenItsScheduleSays() {
        Card card = cloze(lena, "Gestern bin ich ins Kino gegangen.", NOW);
        store().add(card);
        Card rated = card.withSchedule(scheduler.rate(card.schedule(), Rating.GOOD, NOW));

        assertTrue(store().update(rated, 0));

        assertEquals(0, store().dueCount(lena, NOW));
        assertEquals(Optional.of(rated.schedule().due()), store().nextDue(lena));
        assertEquals(1, store().dueCount(lena, rated.schedule().due()));
        assertEquals(Optional.of(rated), store().find(lena, card.id()));
    }

    @Test
    public void aSecondRatingOfTheSameReviewIsRefused() {
        Card card = cloze(lena, "Ich bin müde.", NOW);
        store().add(card);
        assertTrue(store().update(card.withSchedule(scheduler.rate(card.schedule(), Rating.GOOD, NOW)), 0));

        assertFalse(store().update(card.withSchedule(scheduler.rate(card.schedule(), Rating.AGAIN, NOW)), 0));

        assertEquals(Rating.GOOD, ratingOf(store().find(lena, card.id()).orElseThrow()));
    }

    @Test
    public void concurrentRatingsOfOneReviewCountOnce() throws Exception {
        Card card = cloze(lena, "Wir sind gefahren.", NOW);
        store().add(card);
        AtomicInteger accepted = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> runs = new java.util.ArrayList<>();
            for (int i = 0; i < 8; i++) {
                runs.add(pool.submit(() -> {
                    if (store().update(card.withSchedule(scheduler.rate(card.schedule(), Rating.GOOD, NOW)), 0)) {
                        accepted.incrementAndGet();
                    }
                }));
            }
            for (Future<?> run : runs) {
                run.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, accepted.get());
    }

    @Test
    public void updatingADeletedCardDoesNotBringItBack() {
        Card card = cloze(lena, "Ich bin da.", NOW);
        store().add(card);
        store().delete(lena);

        assertFalse(store().update(card.withSchedule(scheduler.rate(card.schedule(), Rating.GOOD, NOW)), 0));
        assertEquals(0, store().count(lena));
    }

    @Test
    public void dueCardsComeLongestOverdueFirstAndAreLimited() {
        Card late = cloze(lena, "Ich bin spät.", NOW.minus(Duration.ofDays(3)));
        Card early = cloze(lena, "Ich bin früh.", NOW.minus(Duration.ofDays(1)));
        Card future = cloze(lena, "Ich bin morgen da.", NOW.plus(Duration.ofDays(1)));
        store().add(early);
        store().add(late);
        store().add(future);

        assertEquals(List.of(late, early), store().due(lena, NOW, 20));
        assertEquals(List.of(late), store().due(lena, NOW, 1));
        assertEquals(2, store().dueCount(lena, NOW));
        assertEquals(Optional.of(late.schedule().due()), store().nextDue(lena));
    }

    @Test
    public void newestComeFirst() {
        Card first = cloze(lena, "Ich bin eins.", NOW.minusSeconds(20));
        Card second = cloze(lena, "Ich bin zwei.", NOW.minusSeconds(10));
        Card third = cloze(lena, "Ich bin drei.", NOW);
        store().add(second);
        store().add(third);
        store().add(first);

        assertEquals(List.of(third, second), store().newest(lena, 2));
        assertEquals(3, store().count(lena));
    }

    @Test
    public void learnersAreKeptApartAndDeletingCountsTheCards() {
        store().add(cloze(lena, "Ich bin Lena.", NOW));
        store().add(cloze(lena, "Ich bin hier.", NOW));
        Card omars = cloze(omar, "Ich bin Omar.", NOW);
        store().add(omars);
        long backlog = store().dueBacklog(NOW);

        assertEquals(2, store().delete(lena));

        assertEquals(0, store().count(lena));
        assertEquals(0, store().dueCount(lena, NOW));
        assertEquals(Optional.empty(), store().nextDue(lena));
        assertEquals(List.of(omars), store().due(omar, NOW, 20));
        assertEquals(backlog - 2, store().dueBacklog(NOW));
        assertEquals(0, store().delete(lena));
    }

    private static Rating ratingOf(Card card) {
        // Good gives a longer first interval than Again: enough to tell which rating was kept
        return card.schedule().intervalDays() > 1 ? Rating.GOOD : Rating.AGAIN;
    }
}
