package de.sprechstunde.redis;

import de.sprechstunde.core.learner.LearnerId;
import de.sprechstunde.core.learner.Platform;
import de.sprechstunde.core.message.MessageKey;
import de.sprechstunde.core.port.CacheKind;
import de.sprechstunde.core.port.RateBudget;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

/** Every Redis key the bot writes, under one configurable prefix; docs/state.md lists them with their TTLs. */
final class RedisKeys {

    private final String prefix;

    RedisKeys(String prefix) {
        this.prefix = prefix;
    }

    String response(CacheKind kind, String hash) {
        return prefix + "cache:" + kind.name().toLowerCase(Locale.ROOT) + ":" + hash;
    }

    String audio(String hash) {
        return prefix + "audio:" + hash;
    }

    String rate(RateBudget budget, LearnerId learner) {
        return prefix + "rl:" + budget.name().toLowerCase(Locale.ROOT) + ":" + learner.asString();
    }

    String accepted(MessageKey key) {
        return prefix + "msg:" + key.asString();
    }

    String pending(Platform platform, String instanceId) {
        return prefix + "pending:" + platform.key() + ":" + instanceId;
    }

    String daily(String counter, LocalDate day) {
        return prefix + "daily:" + counter + ":" + day;
    }

    String reminderClaim(LearnerId learner, Instant occurrence) {
        return prefix + "remind:" + learner.asString() + ":" + occurrence.getEpochSecond();
    }

    String reminders() {
        return prefix + "reminders";
    }

    String remindersByNext() {
        return prefix + "reminders:next";
    }

    /** A learner's cards: the hash tag keeps all of a learner's card keys in one cluster slot. */
    String cards(LearnerId learner) {
        return prefix + "cards:{" + learner.asString() + "}";
    }

    String cardReviews(LearnerId learner) {
        return prefix + "cards:{" + learner.asString() + "}:reviews";
    }

    String cardsDue(LearnerId learner) {
        return prefix + "cards:{" + learner.asString() + "}:due";
    }

    String cardsNew(LearnerId learner) {
        return prefix + "cards:{" + learner.asString() + "}:new";
    }

    /** Every learner's cards by due time, for the backlog. */
    String cardsDueAll() {
        return prefix + "cards-due";
    }

    static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static String text(byte[] bytes) {
        return bytes == null ? null : new String(bytes, StandardCharsets.UTF_8);
    }
}
