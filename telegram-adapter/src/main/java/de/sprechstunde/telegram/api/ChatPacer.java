package de.sprechstunde.telegram.api;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Keeps the bot inside Telegram's flood limits: a least spacing between messages in one chat
 * (about one a second in private chats, twenty a minute in groups), a cap on calls per second
 * over all chats, and the pauses Telegram orders with {@code retry_after}. It only books time
 * slots; callers wait for them: first for the chat's slot, then for an overall one. Thread-safe.
 */
public final class ChatPacer {

    private static final int PRUNE_ABOVE = 10_000;

    private final Clock clock;
    private final Duration privateSpacing;
    private final Duration groupSpacing;
    private final Duration globalSpacing;
    private final Map<Long, Instant> nextSlot = new HashMap<>();
    private final Map<Long, Instant> heldUntil = new HashMap<>();
    private Instant globalNext = Instant.MIN;
    private Instant globalHeldUntil = Instant.MIN;

    public ChatPacer(Clock clock, Duration privateSpacing, Duration groupSpacing, int maxCallsPerSecond) {
        this.clock = clock;
        this.privateSpacing = privateSpacing;
        this.groupSpacing = groupSpacing;
        this.globalSpacing = Duration.ofNanos(1_000_000_000L / maxCallsPerSecond);
    }

    /** Books the next slot for a message or edit in this chat; returns how long to wait for it. */
    public synchronized Duration reserve(long chatId) {
        Instant now = clock.instant();
        Instant start = latest(now, nextSlot.getOrDefault(chatId, Instant.MIN), heldUntil.getOrDefault(chatId, Instant.MIN));
        book(chatId, start, now);
        return Duration.between(now, start);
    }

    /** Books a slot only when one is free right now, for updates that may as well be skipped. */
    public synchronized boolean tryReserve(long chatId) {
        Instant now = clock.instant();
        Instant start = latest(now, nextSlot.getOrDefault(chatId, Instant.MIN), heldUntil.getOrDefault(chatId, Instant.MIN));
        if (start.isAfter(now)) {
            return false;
        }
        book(chatId, now, now);
        return true;
    }

    /**
     * Books the next overall slot, right before a call goes out (after any wait for its chat, so a
     * chat's later slot never holds up the others); returns how long to wait for it.
     */
    public synchronized Duration reserveCall() {
        Instant now = clock.instant();
        Instant start = latest(now, globalNext, globalHeldUntil);
        globalNext = start.plus(globalSpacing);
        return Duration.between(now, start);
    }

    /** How much of Telegram's last {@code retry_after} for this chat is left (zero without a chat). */
    public synchronized Duration pauseLeft(Optional<Long> chatId) {
        Instant now = clock.instant();
        Instant until = chatId.map(id -> heldUntil.getOrDefault(id, Instant.MIN)).orElse(Instant.MIN);
        return until.isAfter(now) ? Duration.between(now, until) : Duration.ZERO;
    }

    /**
     * A message call to this chat has just finished. The spacing also counts from here, so that
     * Telegram sees the calls at least the spacing apart however long each took to arrive.
     */
    public synchronized void finished(long chatId) {
        Instant earliest = clock.instant().plus(chatId < 0 ? groupSpacing : privateSpacing);
        nextSlot.merge(chatId, earliest, (a, b) -> a.isAfter(b) ? a : b);
    }

    /** Telegram said {@code retry_after}: nothing goes to this chat (or anywhere, without a chat) before it passes. */
    public synchronized void hold(Optional<Long> chatId, Duration retryAfter) {
        Instant until = clock.instant().plus(retryAfter);
        if (chatId.isPresent()) {
            heldUntil.merge(chatId.get(), until, (a, b) -> a.isAfter(b) ? a : b);
        } else if (until.isAfter(globalHeldUntil)) {
            globalHeldUntil = until;
        }
    }

    /** True while Telegram's last {@code retry_after} for this chat has not passed. */
    public synchronized boolean held(long chatId) {
        return heldUntil.getOrDefault(chatId, Instant.MIN).isAfter(clock.instant());
    }

    private void book(long chatId, Instant start, Instant now) {
        nextSlot.put(chatId, start.plus(chatId < 0 ? groupSpacing : privateSpacing));
        if (nextSlot.size() > PRUNE_ABOVE) {
            nextSlot.values().removeIf(slot -> slot.isBefore(now));
            heldUntil.values().removeIf(until -> until.isBefore(now));
        }
    }

    private static Instant latest(Instant first, Instant... others) {
        Instant latest = first;
        for (Instant other : others) {
            if (other.isAfter(latest)) {
                latest = other;
            }
        }
        return latest;
    }
}
