package de.sprechstunde.resilience;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Remembers that a backend (Redis, MongoDB) just failed, so the next calls go straight to their
 * fallback for a short cool-down instead of each waiting for a timeout; after the cool-down one
 * call tries the backend again. Logs once when the backend goes away and once when it is back.
 * Thread-safe.
 */
public final class Breaker {

    private static final Logger log = LoggerFactory.getLogger(Breaker.class);

    private final String component;
    private final Duration coolDown;
    private final Clock clock;
    private final Counter fallbacks;
    private Instant retryAt = Instant.MIN;
    private boolean down;
    private String lastError = "";

    /**
     * @param component bounded name for logs and metrics, e.g. {@code redis}
     * @param coolDown  how long calls skip the backend after it failed
     * @param clock     real time: backend outages are measured in wall-clock time
     */
    public Breaker(String component, Duration coolDown, Clock clock, MeterRegistry meters) {
        this.component = component;
        this.coolDown = coolDown;
        this.clock = clock;
        this.fallbacks = Counter.builder("bot.state.fallbacks")
                .description("Calls served by the in-process fallback because a backend was unavailable")
                .tag("component", component).register(meters);
        Gauge.builder("bot.state.available", this, b -> b.isDown() ? 0 : 1)
                .description("1 while the backend answers, 0 while its fallback serves")
                .tag("component", component).register(meters);
    }

    /** Runs {@code primary}; when the backend is known to be down or the call fails, runs {@code fallback}. */
    public <T> T call(Supplier<T> primary, Supplier<T> fallback) {
        if (!allowsAttempt()) {
            fallbacks.increment();
            return fallback.get();
        }
        try {
            T result = primary.get();
            succeeded();
            return result;
        } catch (RuntimeException e) {
            failed(e);
            fallbacks.increment();
            return fallback.get();
        }
    }

    /** Runs {@code primary}, or {@code fallback} as {@link #call} does. */
    public void run(Runnable primary, Runnable fallback) {
        call(() -> {
            primary.run();
            return null;
        }, () -> {
            fallback.run();
            return null;
        });
    }

    /** Whether a call may try the backend now: it is up, or its cool-down is over. */
    public synchronized boolean allowsAttempt() {
        return !down || !clock.instant().isBefore(retryAt);
    }

    public synchronized void succeeded() {
        if (down) {
            down = false;
            log.info("{} is reachable again; leaving the fallback", component);
        }
    }

    public synchronized void failed(RuntimeException error) {
        retryAt = clock.instant().plus(coolDown);
        lastError = error.getClass().getSimpleName();
        if (!down) {
            down = true;
            log.warn("{} is unavailable ({}); serving from the in-process fallback", component, describe(error));
        }
    }

    public synchronized boolean isDown() {
        return down;
    }

    /** The type of the last failure, for health details; empty before any. */
    public synchronized String lastError() {
        return lastError;
    }

    public String component() {
        return component;
    }

    private static String describe(RuntimeException error) {
        String message = error.getMessage();
        return error.getClass().getSimpleName() + (message == null ? "" : ": " + firstLine(message));
    }

    private static String firstLine(String text) {
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline);
    }
}
