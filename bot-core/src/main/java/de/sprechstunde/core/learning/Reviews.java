package de.sprechstunde.core.learning;

import de.sprechstunde.core.learner.LearnerProfile;
import de.sprechstunde.core.learner.TutorMode;
import de.sprechstunde.core.message.Choice;
import de.sprechstunde.core.message.Reply;
import de.sprechstunde.core.message.ReplySink;
import de.sprechstunde.core.metrics.BotMetrics;
import de.sprechstunde.core.port.DailyCounters;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A review session: due cards one at a time, the learner's answer checked, the rating from the
 * buttons scheduled with FSRS. The session lives in the learner's mode ({@link TutorMode.Review}),
 * so it survives a restart; every rating button names the card and its review count, so a button
 * pressed twice, or an old one, changes nothing. Thread-safe (state is in the stores).
 */
public final class Reviews {

    /** The most cards one session asks. */
    public static final int SESSION_CARDS = 20;
    /** Daily counters for {@code /stats}: cards rated, and of those rated Good or Easy. */
    public static final String DAILY_REVIEWS = "reviews";
    public static final String DAILY_RETAINED = "reviews_retained";

    private static final Logger log = LoggerFactory.getLogger(Reviews.class);

    private final CardStore cards;
    private final CardScheduler scheduler;
    private final AnswerChecker checker = new AnswerChecker();
    private final DailyCounters daily;
    private final BotMetrics metrics;
    private final Clock clock;

    public Reviews(CardStore cards, CardScheduler scheduler, DailyCounters daily, BotMetrics metrics, Clock clock) {
        this.cards = cards;
        this.scheduler = scheduler;
        this.daily = daily;
        this.metrics = metrics;
        this.clock = clock;
    }

    /** {@code /review}: asks the first due card, or says why there is none. */
    public LearnerProfile start(LearnerProfile learner, ReplySink sink) {
        return guarded(learner, sink, () -> startSession(learner, sink));
    }

    /** {@code /review stop}. */
    public LearnerProfile stop(LearnerProfile learner, ReplySink sink) {
        if (learner.mode() instanceof TutorMode.Review review) {
            sink.send(Reply.Text.of(new ReviewTexts(learner.explanations()).stopped(review.right(), review.done())));
            return learner.withMode(TutorMode.conversation());
        }
        return learner;
    }

    /** A message while the session waits for an answer (or for a typed rating). */
    public LearnerProfile answer(LearnerProfile learner, TutorMode.Review review, String text, ReplySink sink) {
        return guarded(learner, sink, () -> check(learner, review, text, sink));
    }

    /**
     * A rating button ({@code /rate <card> <reviews> <rating>}): schedules the card if it still has
     * that many reviews, then asks the next card when it belonged to the running session.
     */
    public LearnerProfile rate(LearnerProfile learner, String cardId, int reviewsBefore, Rating rating, ReplySink sink) {
        return guarded(learner, sink, () -> rateCard(learner, cardId, reviewsBefore, rating, sink));
    }

    /** What a learner reads when the card store cannot be reached. */
    public static String unavailable(de.sprechstunde.core.learner.ExplanationLanguage language) {
        return new ReviewTexts(language).unavailable();
    }

    // the card store failing (MongoDB away) gets an honest reply; the session stays where it was
    private LearnerProfile guarded(LearnerProfile learner, ReplySink sink, Supplier<LearnerProfile> step) {
        try {
            return step.get();
        } catch (RuntimeException e) {
            log.warn("card store unavailable for a review: {}", e.toString());
            sink.send(Reply.Text.of(new ReviewTexts(learner.explanations()).unavailable()));
            return learner;
        }
    }

    private LearnerProfile startSession(LearnerProfile learner, ReplySink sink) {
        Instant now = clock.instant();
        ReviewTexts texts = new ReviewTexts(learner.explanations());
        List<Card> due = cards.due(learner.id(), now, 1);
        if (due.isEmpty()) {
            Optional<Instant> next = cards.nextDue(learner.id());
            sink.send(Reply.Text.of(next.map(n -> texts.nothingDue(n, now)).orElseGet(texts::noCards)));
            return learner;
        }
        return ask(learner, due.get(0), 0, 0, now, sink);
    }

    private LearnerProfile check(LearnerProfile learner, TutorMode.Review review, String text, ReplySink sink) {
        ReviewTexts texts = new ReviewTexts(learner.explanations());
        Optional<Card> card = cards.find(learner.id(), review.cardId());
        if (card.isEmpty()) {
            return next(learner, review.done(), review.right(), clock.instant(), sink);
        }
        if (review.answered()) {
            Optional<Rating> typed = Rating.parse(text);
            if (typed.isEmpty()) {
                sink.send(Reply.Text.withChoices(texts.pressAButton(), buttons(card.get(), null, texts)));
                return learner;
            }
            return rateCard(learner, card.get().id(), card.get().schedule().reviews(), typed.get(), sink);
        }
        Optional<Rating> suggested = checker.check(card.get().answer(), card.get().source(), text);
        if (suggested.isEmpty()) {
            log.info("review answer without letters; asked again");
            sink.send(Reply.Text.of(texts.unreadable()));
            return learner;
        }
        sink.send(Reply.Text.withChoices(texts.verdict(card.get(), suggested.get()), buttons(card.get(), suggested.get(), texts)));
        int right = review.right() + (suggested.get() == Rating.AGAIN ? 0 : 1);
        return learner.withMode(new TutorMode.Review(review.cardId(), review.done(), right, true));
    }

    private LearnerProfile rateCard(LearnerProfile learner, String cardId, int reviewsBefore, Rating rating, ReplySink sink) {
        Instant now = clock.instant();
        ReviewTexts texts = new ReviewTexts(learner.explanations());
        Optional<Card> card = cards.find(learner.id(), cardId);
        if (card.isEmpty()) {
            sink.send(Reply.Text.of(texts.gone()));
            return learner;
        }
        Schedule next = scheduler.rate(card.get().schedule(), rating, now);
        if (card.get().schedule().reviews() != reviewsBefore || !cards.update(card.get().withSchedule(next), reviewsBefore)) {
            sink.send(Reply.Text.of(texts.alreadyRated()));
            return learner;
        }
        record(rating, now);
        sink.send(Reply.Text.of(texts.rated(next, now)));
        if (learner.mode() instanceof TutorMode.Review review && review.cardId().equals(cardId)) {
            return next(learner, review.done() + 1, review.right(), now, sink);
        }
        return learner;
    }

    private LearnerProfile next(LearnerProfile learner, int done, int right, Instant now, ReplySink sink) {
        List<Card> due = done >= SESSION_CARDS ? List.of() : cards.due(learner.id(), now, 1);
        if (due.isEmpty()) {
            int stillDue = cards.dueCount(learner.id(), now);
            sink.send(Reply.Text.of(new ReviewTexts(learner.explanations())
                    .finished(right, done, stillDue, cards.nextDue(learner.id()), now)));
            return learner.withMode(TutorMode.conversation());
        }
        return ask(learner, due.get(0), done, right, now, sink);
    }

    private LearnerProfile ask(LearnerProfile learner, Card card, int done, int right, Instant now, ReplySink sink) {
        int total = done + Math.min(SESSION_CARDS - done, cards.dueCount(learner.id(), now));
        sink.send(Reply.Text.of(new ReviewTexts(learner.explanations()).question(card, done + 1, total)));
        return learner.withMode(new TutorMode.Review(card.id(), done, right, false));
    }

    private static List<Choice> buttons(Card card, Rating suggested, ReviewTexts texts) {
        return Arrays.stream(Rating.values())
                .map(r -> new Choice(texts.label(r, r == suggested), "/rate " + card.id() + " " + card.schedule().reviews() + " " + r.key()))
                .toList();
    }

    private void record(Rating rating, Instant now) {
        metrics.review(rating.key());
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        daily.increment(DAILY_REVIEWS, today);
        if (rating.retained()) {
            daily.increment(DAILY_RETAINED, today);
        }
    }
}
