package de.sprechstunde.telegram.api;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Telegram's flood limits as budgets, asked before each call goes out (it only answers when a call
 * may go; nobody waits here). Per chat a token bucket: a burst of {@value #BURST}, then about one
 * message per {@code privateSpacing} in private chats and at most {@code 60 s / groupSpacing}
 * messages in any minute in groups. Overall at most {@code maxCallsPerSecond - 1} calls in any
 * window of one second plus {@link #WINDOW_MARGIN} (one call and a little time of margin, for
 * calls that travel at different speeds). Optional traffic — interim stream updates, drafts, chat
 * actions — gets only the first half of the overall budget, so it never delays an answer, and an
 * interim edit leaves one chat token for the final text. Drafts and chat actions stay outside the
 * chat's message budget (Telegram documents no limit for them); drafts go at most once per
 * {@link #DRAFT_INTERVAL} per chat. A {@code retry_after} holds the chat, or every call, until it
 * passes. A fresh chat's first reply goes at once. Thread-safe.
 */
public final class FloodControl {

    static final int BURST = 3;
    static final Duration WINDOW = Duration.ofSeconds(1);
    static final Duration WINDOW_MARGIN = Duration.ofMillis(20);
    static final Duration DRAFT_INTERVAL = Duration.ofMillis(500);
    private static final Duration MINUTE = Duration.ofMinutes(1);
    private static final int PRUNE_ABOVE = 10_000;

    private final Clock clock;
    private final Duration privateRefill;
    private final int groupBurst;
    private final Duration groupRefill;
    private final SlidingWindow overall;
    private final Map<Long, TokenBucket> buckets = new HashMap<>();
    private final Map<Long, Instant> nextDraft = new HashMap<>();
    private final Map<Long, Instant> heldUntil = new HashMap<>();
    private Instant allHeldUntil = Instant.MIN;

    /**
     * @param privateSpacing    the sustained spacing of messages in a private chat
     * @param groupSpacing      the sustained spacing in groups: {@code 60 s / groupSpacing} per minute, burst included
     * @param maxCallsPerSecond Telegram's overall limit
     */
    public FloodControl(Clock clock, Duration privateSpacing, Duration groupSpacing, int maxCallsPerSecond) {
        this.clock = clock;
        this.privateRefill = privateSpacing;
        long perMinute = groupSpacing.isZero() ? Long.MAX_VALUE : MINUTE.toNanos() / groupSpacing.toNanos();
        // a burst of B plus one token per refill must stay within the minute's allowance
        this.groupBurst = perMinute > BURST ? BURST : 1;
        this.groupRefill = groupSpacing.isZero() ? Duration.ZERO
                : perMinute > BURST ? MINUTE.dividedBy(perMinute - BURST) : groupSpacing;
        this.overall = new SlidingWindow(WINDOW.plus(WINDOW_MARGIN), Math.max(1, maxCallsPerSecond - 1));
    }

    /** How long {@code traffic} to this chat (or to no chat) must wait before it may go; zero when it may go now. */
    public synchronized Duration wait(Traffic traffic, Optional<Long> chat) {
        Instant now = clock.instant();
        Instant ready = latest(now, allHeldUntil);
        if (chat.isPresent()) {
            long id = chat.get();
            ready = latest(ready, heldUntil.getOrDefault(id, Instant.MIN));
            if (traffic == Traffic.MESSAGE || traffic == Traffic.STREAM_EDIT) {
                TokenBucket bucket = bucket(id);
                // an interim update leaves a token for the final text, where the bucket has one to spare
                ready = latest(ready, bucket.readyFor(traffic == Traffic.MESSAGE ? 1 : 2, now));
            } else if (traffic == Traffic.DRAFT) {
                ready = latest(ready, nextDraft.getOrDefault(id, Instant.MIN));
            }
        }
        int allowed = traffic.optional() ? Math.max(1, overall.limit() / 2) : overall.limit();
        ready = latest(ready, overall.freeAt(allowed, now));
        return Duration.between(now, ready);
    }

    /** A call has just been sent: it takes its tokens. */
    public synchronized void sent(Traffic traffic, Optional<Long> chat) {
        Instant now = clock.instant();
        overall.record(now);
        if (chat.isEmpty()) {
            return;
        }
        if (traffic == Traffic.MESSAGE || traffic == Traffic.STREAM_EDIT) {
            bucket(chat.get()).take(now);
        } else if (traffic == Traffic.DRAFT) {
            nextDraft.put(chat.get(), now.plus(DRAFT_INTERVAL));
        }
        if (buckets.size() > PRUNE_ABOVE) {
            prune(now);
        }
    }

    /** Telegram said {@code retry_after}: nothing goes to this chat (or anywhere, without a chat) before it passes. */
    public synchronized void hold(Optional<Long> chat, Duration retryAfter) {
        Instant until = clock.instant().plus(retryAfter);
        if (chat.isPresent()) {
            heldUntil.merge(chat.get(), until, FloodControl::latest);
        } else {
            allHeldUntil = latest(allHeldUntil, until);
        }
    }

    /** True while Telegram's last {@code retry_after} for this chat (or for every call) has not passed. */
    public synchronized boolean held(long chat) {
        Instant now = clock.instant();
        return heldUntil.getOrDefault(chat, Instant.MIN).isAfter(now) || allHeldUntil.isAfter(now);
    }

    private TokenBucket bucket(long chat) {
        // Telegram's group and supergroup ids are negative
        return buckets.computeIfAbsent(chat, id -> id < 0 ? new TokenBucket(groupBurst, groupRefill) : new TokenBucket(BURST, privateRefill));
    }

    private void prune(Instant now) {
        buckets.values().removeIf(bucket -> bucket.full(now));
        nextDraft.values().removeIf(at -> !at.isAfter(now));
        heldUntil.values().removeIf(until -> !until.isAfter(now));
    }

    private static Instant latest(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
