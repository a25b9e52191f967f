package de.sprechstunde.telegram.api;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends every queued call as soon as {@link FloodControl} lets it go, and no thread waits for a
 * slot: a timer wakes the queue when the next call may go. Calls to one chat go out one at a
 * time, in the order they were queued (a retry keeps its place at the head); between chats the
 * oldest call goes first, messages before optional traffic. Calls without a chat do not wait for
 * each other. All state lives on the queue's one thread; the HTTP calls run asynchronously on
 * OkHttp's. Thread-safe.
 */
public final class SendQueue implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(SendQueue.class);
    /** Optional traffic that would have to wait longer than this is dropped; messages give up (kept by the core). */
    static final Duration MAX_WAIT = Duration.ofSeconds(60);

    private final FloodControl flood;
    private final Attempts attempts;
    private final BackoffWait backoffWait;
    private final Clock clock;
    private final ScheduledExecutorService thread;
    private final Map<Long, SendLane> chats = new HashMap<>();
    private final List<SendLane> loose = new ArrayList<>();
    private long sequence;
    private ScheduledFuture<?> wake;
    private Instant wakeAt = Instant.MAX;
    private boolean closed;

    SendQueue(FloodControl flood, Attempts attempts, BackoffWait backoffWait, Clock clock) {
        this.flood = flood;
        this.attempts = attempts;
        this.backoffWait = backoffWait;
        this.clock = clock;
        this.thread = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread t = new Thread(runnable, "telegram-send-queue");
            t.setDaemon(true);
            return t;
        });
    }

    /** Queues a call; its result future tells the caller how it ended. */
    <T> CompletableFuture<ApiResult<T>> submit(Outgoing<T> item) {
        onQueue(() -> {
            if (closed) {
                item.finish(new ApiResult.Unavailable<>("the Telegram adapter is closing"));
                return;
            }
            item.sequence = sequence++;
            SendLane lane = item.chat.map(id -> chats.computeIfAbsent(id, c -> new SendLane())).orElseGet(() -> {
                SendLane own = new SendLane();
                loose.add(own);
                return own;
            });
            lane.queue.addLast(item);
            pump();
        }, item);
        return item.result;
    }

    /** Runs a task on the queue's thread (a chat action, a cancelled call's clean-up). */
    void execute(Runnable task) {
        try {
            thread.execute(task);
        } catch (RejectedExecutionException e) {
            log.debug("send queue closed; task dropped");
        }
    }

    /** Wakes the queue, e.g. after a call was cancelled. */
    void nudge() {
        execute(this::pump);
    }

    /** Gives every call still waiting up (their callers are told Unavailable) and stops the thread. */
    @Override
    public void close() {
        execute(() -> {
            closed = true;
            chats.values().forEach(SendLane::abandon);
            loose.forEach(SendLane::abandon);
            chats.clear();
            loose.clear();
        });
        thread.shutdown();
        try {
            thread.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void pump() {
        if (closed) {
            return;
        }
        Instant now = clock.instant();
        if (!wakeAt.isAfter(now)) {
            // the timer that woke us (or one already past) is spent
            wake = null;
            wakeAt = Instant.MAX;
        }
        Instant soonest = Instant.MAX;
        List<SendLane> waiting = new ArrayList<>();
        collect(chats.values(), waiting);
        collect(loose, waiting);
        loose.removeIf(lane -> lane.queue.isEmpty() && !lane.busy);
        waiting.sort(Comparator.comparing((SendLane lane) -> lane.queue.peekFirst().traffic.optional())
                .thenComparingLong(lane -> lane.queue.peekFirst().sequence));
        for (SendLane lane : waiting) {
            Outgoing<?> head = lane.queue.peekFirst();
            Duration wait = flood.wait(head.traffic, head.chat);
            if (wait.isZero()) {
                dispatch(lane, head);
            } else if (wait.compareTo(MAX_WAIT) > 0) {
                lane.queue.removeFirst();
                attempts.tooLong(head, wait);
                soonest = now;
            } else if (now.plus(wait).isBefore(soonest)) {
                soonest = now.plus(wait);
            }
        }
        chats.values().removeIf(lane -> lane.queue.isEmpty() && !lane.busy);
        wakeAt(soonest, now);
    }

    private static void collect(Iterable<SendLane> lanes, List<SendLane> waiting) {
        for (SendLane lane : lanes) {
            lane.dropCancelled();
            if (!lane.busy && !lane.queue.isEmpty()) {
                waiting.add(lane);
            }
        }
    }

    private <T> void dispatch(SendLane lane, Outgoing<T> item) {
        Optional<Outgoing.ApiCall<T>> call;
        try {
            call = item.build();
        } catch (RuntimeException e) {
            log.warn("{} could not be built: {}", item.method, e.toString());
            call = Optional.empty();
        }
        if (call.isEmpty()) {
            lane.queue.removeFirst();
            item.finish(new ApiResult.Skipped<>());
            // the chat's next call may go in this slot
            nudge();
            return;
        }
        flood.sent(item.traffic, item.chat);
        lane.busy = true;
        CompletableFuture<T> answer;
        try {
            answer = call.get().start();
        } catch (Exception e) {
            answer = CompletableFuture.failedFuture(e);
        }
        answer.whenComplete((value, error) -> onQueue(() -> ended(lane, item, value, error), item));
    }

    private <T> void ended(SendLane lane, Outgoing<T> item, T value, Throwable error) {
        flood.ended();
        Optional<Duration> retry = attempts.judge(item, value, error);
        if (retry.isEmpty()) {
            lane.queue.remove(item);
            lane.busy = false;
        } else if (retry.get().isZero()) {
            // a flood wait: the hold it set keeps the call waiting at the head of its chat
            lane.busy = false;
        } else {
            Duration backoff = backoffWait.actual(retry.get());
            thread.schedule(() -> {
                lane.busy = false;
                pump();
            }, Math.max(0, backoff.toNanos()), TimeUnit.NANOSECONDS);
        }
        pump();
    }

    private void wakeAt(Instant at, Instant now) {
        if (at.equals(Instant.MAX) || (wake != null && !at.isBefore(wakeAt))) {
            return;
        }
        if (wake != null) {
            wake.cancel(false);
        }
        wakeAt = at;
        wake = thread.schedule(this::pump, Math.max(0, Duration.between(now, at).toNanos()), TimeUnit.NANOSECONDS);
    }

    private void onQueue(Runnable task, Outgoing<?> item) {
        try {
            thread.execute(task);
        } catch (RejectedExecutionException e) {
            item.finish(new ApiResult.Unavailable<>("the Telegram adapter is closed"));
        }
    }
}
