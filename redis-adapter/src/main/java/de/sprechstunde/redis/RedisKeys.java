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

/**
 * Every Redis key the bot writes, under one configurable prefix; docs/state.md lists them with their
 * TTLs. Keys that one command or script uses together carry the same hash tag ({@code {…}}), so in
 * a cluster they live in one slot: a learner's rate windows, a chat's dedupe and pending keys, an
 * instance's pending index, and a counter's days.
 */
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
        return prefix + "rl:{" + learner.asString() + "}:" + budget.name().toLowerCase(Locale.ROOT);
    }

    String accepted(MessageKey key) {
        return prefix + "msg:" + chatTag(key.platform(), key.chatId()) + ":" + key.messageId();
    }

    /** The messages of one chat this instance accepted and has not yet answered. */
    String pending(Platform platform, String chatId, String instanceId) {
        return prefix + "pending:" + chatTag(platform, chatId) + ":" + instanceId;
    }

    /** The chats with messages pending on this instance (sorted set: chat id → last accept, ms). */
    String pendingChats(Platform platform, String instanceId) {
        return prefix + "pending-chats:" + instanceTag(platform, instanceId);
    }

    /** Numbers this instance's accepted messages, so replay keeps the acceptance order across chats. */
    String pendingSequence(Platform platform, String instanceId) {
        return prefix + "pending-seq:" + instanceTag(platform, instanceId);
    }

    /** Before hash tags (docs/state.md, migration): one pending hash per platform and instance. */
    String legacyPending(Platform platform, String instanceId) {
        return prefix + "pending:" + platform.key() + ":" + instanceId;
    }

    String daily(String counter, LocalDate day) {
        return prefix + "daily:{" + counter + "}:" + day;
    }

    private static String chatTag(Platform platform, String chatId) {
        return "{" + platform.key() + ":" + chatId + "}";
    }

    private static String instanceTag(Platform platform, String instanceId) {
        return "{" + platform.key() + ":" + instanceId + "}";
    }

    String reminderClaim(LearnerId learner, Instant occurrence) {
        return prefix + "remind:" + learner.asString() + ":" + occurrence.getEpochSecond();
    }

    /** The schedules and their index by next time share a hash tag: one script updates both. */
    String reminders() {
        return prefix + "{reminders}";
    }

    String remindersByNext() {
        return prefix + "{reminders}:next";
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
