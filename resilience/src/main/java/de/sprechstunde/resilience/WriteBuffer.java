package de.sprechstunde.resilience;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes that could not reach a backend, kept in order in a bounded buffer and replayed when it
 * is back. While anything is queued, new writes queue behind it so the backend sees them in the
 * order they happened. A full buffer drops the new write with an error log line and the metric
 * {@code bot.state.writes.dropped}: never silently. Thread-safe.
 */
public final class WriteBuffer {

    private static final Logger log = LoggerFactory.getLogger(WriteBuffer.class);

    /**
     * One write to replay.
     *
     * @param kind   bounded description for logs and metrics, e.g. {@code learner.save}
     * @param action the write itself; throws when the backend is still unavailable
     */
    public record PendingWrite(String kind, Runnable action) {
        public PendingWrite {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(action, "action");
        }
    }

    private final Breaker breaker;
    private final int capacity;
    private final Deque<PendingWrite> queue = new ArrayDeque<>();
    private final Object drainLock = new Object();
    private final Counter dropped;
    private final Counter replayed;

    public WriteBuffer(Breaker breaker, int capacity, MeterRegistry meters) {
        if (capacity <= 0) {
            throw new IllegalArgumentException("capacity must be positive");
        }
        this.breaker = breaker;
        this.capacity = capacity;
        this.dropped = Counter.builder("bot.state.writes.dropped")
                .description("Writes lost because the outage buffer was full")
                .tag("component", breaker.component()).register(meters);
        this.replayed = Counter.builder("bot.state.writes.replayed")
                .description("Buffered writes replayed after an outage")
                .tag("component", breaker.component()).register(meters);
        Gauge.builder("bot.state.writes.queued", this, WriteBuffer::size)
                .description("Writes waiting for a backend to come back")
                .tag("component", breaker.component()).register(meters);
    }

    /** Writes now, or queues the write when the backend is down or earlier writes still wait. */
    public void write(String kind, Runnable action) {
        writeNowOrLater(kind, () -> {
            action.run();
            return Boolean.TRUE;
        });
    }

    /**
     * Writes now and returns the write's result, or queues it (as {@link #write}) and returns empty.
     */
    public <T> Optional<T> writeNowOrLater(String kind, Supplier<T> action) {
        if (isEmpty() && breaker.tryAttempt()) {
            try {
                T result = action.get();
                breaker.succeeded();
                return Optional.of(result);
            } catch (RuntimeException e) {
                breaker.failed(e);
            }
        }
        enqueue(new PendingWrite(kind, action::get));
        return Optional.empty();
    }

    /**
     * Replays queued writes in order until one fails or none is left.
     *
     * @return how many were replayed
     */
    public int drain() {
        synchronized (drainLock) {
            int done = 0;
            while (true) {
                PendingWrite next;
                synchronized (queue) {
                    next = queue.peekFirst();
                }
                // asked only with a write at hand: a granted attempt must report its result
                if (next == null || !breaker.tryAttempt()) {
                    break;
                }
                try {
                    next.action().run();
                    breaker.succeeded();
                } catch (RuntimeException e) {
                    breaker.failed(e);
                    break;
                }
                synchronized (queue) {
                    queue.pollFirst();
                }
                replayed.increment();
                done++;
            }
            if (done > 0) {
                log.info("replayed {} buffered {} write(s); {} still queued", done, breaker.component(), size());
            }
            return done;
        }
    }

    public int size() {
        synchronized (queue) {
            return queue.size();
        }
    }

    public boolean isEmpty() {
        return size() == 0;
    }

    public int capacity() {
        return capacity;
    }

    private void enqueue(PendingWrite write) {
        synchronized (queue) {
            if (queue.size() >= capacity) {
                dropped.increment();
                log.error("{} outage buffer full ({} writes): dropped a {} write", breaker.component(), capacity, write.kind());
                return;
            }
            queue.addLast(write);
        }
    }
}
