package de.sprechstunde.core.learning;

import de.sprechstunde.core.learner.LearnerId;
import de.sprechstunde.core.text.Digests;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/**
 * One thing to remember, with its schedule.
 *
 * @param id       short and stable: derived from the learner and {@code key}, so the same card is never added twice
 * @param learner  whose card it is
 * @param kind     how it is asked
 * @param prompt   what is shown: a sentence with {@code ___}, a noun, a verb's infinitive, a letter hint
 * @param answer   what the learner should answer, e.g. {@code bin}, {@code der Bahnhof, die Bahnhöfe}, {@code ist gegangen}
 * @param source   the sentence the card was made from, shown with the answer
 * @param tag      the mistake category key for corrections, else the kind's key
 * @param key      what makes two cards the same: the lemma for words, the sentence for clozes
 * @param created  when it was made
 * @param schedule when it is due and what FSRS remembers
 */
public record Card(String id, LearnerId learner, CardKind kind, String prompt, String answer, String source,
                   String tag, String key, Instant created, Schedule schedule) {

    public Card {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(learner, "learner");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(prompt, "prompt");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(tag, "tag");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(schedule, "schedule");
        if (answer == null || answer.isBlank()) {
            throw new IllegalArgumentException("a card needs an answer");
        }
    }

    /** A new card, due at once. */
    public static Card create(LearnerId learner, CardKind kind, String prompt, String answer, String source, String tag,
                              String key, Instant now) {
        String normalisedKey = key.strip().toLowerCase(Locale.ROOT);
        return new Card(idFor(learner, normalisedKey), learner, kind, prompt, answer, source, tag, normalisedKey, now,
                Schedule.fresh(now));
    }

    /** Twelve hex digits of the SHA-256 of learner and key: short enough for a button's callback. */
    static String idFor(LearnerId learner, String key) {
        return Digests.sha256(learner.asString() + "\n" + key).substring(0, 12);
    }

    public Card withSchedule(Schedule next) {
        return new Card(id, learner, kind, prompt, answer, source, tag, key, created, next);
    }
}
