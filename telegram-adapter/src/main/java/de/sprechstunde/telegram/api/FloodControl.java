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
 * window of one second as Telegram sees them (one call of margin): a call holds its place in the
 * window from when it is sent until a second after its answer came back, so however calls travel,
 * none can crowd into one second at the server. Optional traffic — interim stream updates, drafts, chat
 * actions — gets only what the answers leave: at most half the window, and never the places the
 * next second's answers will need (as many as the last second's, plus {@value #ANSWER_HEADROOM});
 * so under load it is shed, and an answer finds room at once. An
 * interim edit leaves one chat token for the final text. Drafts and chat actions stay outside the
 * chat's message budget (Telegram documents no limit for them); drafts go at most once per
 * {@link #DRAFT_INTERVAL} per chat. A {@code retry_after} holds the chat, or every call, until it
 * passes. A fresh chat's first reply goes at once. Thread-safe.
 */
public final class FloodControl {

    static final int BURST = 3;
    static final Duration WINDOW = Duration.ofSeconds(1);
    static final Duration DRAFT_INTERVAL = Duration.ofMillis(500);
    static final int ANSWER_HEADROOM = 5;
    private static final Duration MINUTE = Duration.ofMinutes(1);
    private static final int PRUNE_ABOVE = 10_000;

    private final Clock clock;
    private final Duration privateRefill;
    private final int groupBurst;
    private final Duration groupRefill;
    private final SlidingWindow overall;
    private final SlidingWindow messages;
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
        this.overall = new SlidingWindow(WINDOW, Math.max(1, maxCallsPerSecond - 1));
        this.messages = new SlidingWindow(WINDOW, overall.limit());
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
        ready = latest(ready, overall.freeAt(traffic.optional() ? optionalRoom(now) : overall.limit(), now));
        return Duration.between(now, ready);
    }

    /** A call has just been sent: it takes its tokens and a place in the overall window until {@link #ended}. */
    public synchronized void sent(Traffic traffic, Optional<Long> chat) {
        Instant now = clock.instant();
        overall.sent();
        if (!traffic.optional()) {
            // the answers' own share is counted from when they leave
            messages.sent();
            messages.ended(now);
        }
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

    /** A call sent earlier came back (answered or failed): its place in the overall window frees a second from now. */
    public synchronized void ended() {
        overall.ended(clock.instant());
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

    /**
     * How many calls the window may hold for optional traffic to go: never more than half of it
     * optional, and free places kept for the answers of the next second — as many as the last
     * second sent, plus {@value #ANSWER_HEADROOM} — since an optional call holds its place for a
     * second too. So at a steady 20 answers a second nothing optional goes, and no answer waits.
     */
    private int optionalRoom(Instant now) {
        int answers = messages.count(now);
        return Math.min(overall.limit() / 2 + answers, overall.limit() - ANSWER_HEADROOM - answers);
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
