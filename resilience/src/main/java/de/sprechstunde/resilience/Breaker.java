package de.sprechstunde.resilience;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreaker.State;
import io.github.resilience4j.circuitbreaker.CircuitBreaker.StateTransition;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig.SlidingWindowType;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Remembers that a backend (Redis, MongoDB) just failed, so the next calls go straight to their
 * fallback for a short cool-down instead of each waiting for a timeout; after the cool-down one
 * call tries the backend again. Logs once when the backend goes away and once when it is back.
 * A resilience4j circuit breaker that opens on one failure; thread-safe.
 */
public final class Breaker {

    private static final Logger log = LoggerFactory.getLogger(Breaker.class);

    private final String component;
    private final CircuitBreaker circuit;
    private final Counter fallbacks;
    private volatile RuntimeException lastFailure;

    /**
     * @param component bounded name for logs and metrics, e.g. {@code redis}
     * @param coolDown  how long calls skip the backend after it failed
     * @param clock     real time: backend outages are measured in wall-clock time
     */
    public Breaker(String component, Duration coolDown, Clock clock, MeterRegistry meters) {
        this.component = component;
        this.circuit = CircuitBreaker.of(component, CircuitBreakerConfig.custom()
                // one failed call is enough: the next calls would only wait for the same timeout
                .slidingWindow(1, 1, SlidingWindowType.COUNT_BASED)
                .failureRateThreshold(100)
                // resilience4j retries only strictly after the wait; we retry at its end, as before
                .waitDurationInOpenState(coolDown.minusNanos(1))
                .permittedNumberOfCallsInHalfOpenState(1)
                // a trial call that never reports back must not keep the backend skipped for good
                .maxWaitDurationInHalfOpenState(coolDown)
                .writableStackTraceEnabled(false)
                .clock(clock)
                .build());
        circuit.getEventPublisher().onStateTransition(event -> logChange(event.getStateTransition()));
        this.fallbacks = Counter.builder("bot.state.fallbacks")
                .description("Calls served by the in-process fallback because a backend was unavailable")
                .tag("component", component).register(meters);
        Gauge.builder("bot.state.available", this, b -> b.isDown() ? 0 : 1)
                .description("1 while the backend answers, 0 while its fallback serves")
                .tag("component", component).register(meters);
    }

    /** Runs {@code primary}; when the backend is known to be down or the call fails, runs {@code fallback}. */
    public <T> T call(Supplier<T> primary, Supplier<T> fallback) {
        if (!tryAttempt()) {
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

    /**
     * Whether a call may try the backend now: it is up, or its cool-down is over and no other
     * trial runs. A {@code true} must be followed by {@link #succeeded()} or {@link #failed}.
     */
    public boolean tryAttempt() {
        return circuit.tryAcquirePermission();
    }

    public void succeeded() {
        circuit.onSuccess(0, TimeUnit.NANOSECONDS);
    }

    public void failed(RuntimeException error) {
        lastFailure = error;
        circuit.onError(0, TimeUnit.NANOSECONDS, error);
    }

    /** Down from the first failure until a call succeeds again, cool-down or not. */
    public boolean isDown() {
        return circuit.getState() != State.CLOSED;
    }

    /** The type of the last failure, for health details; empty before any. */
    public String lastError() {
        RuntimeException failure = lastFailure;
        return failure == null ? "" : failure.getClass().getSimpleName();
    }

    public String component() {
        return component;
    }

    /** Half-open and back to open are the same outage: only its start and end are logged. */
    private void logChange(StateTransition transition) {
        if (transition == StateTransition.CLOSED_TO_OPEN) {
            log.warn("{} is unavailable ({}); serving from the in-process fallback", component, describe(lastFailure));
        } else if (transition.getToState() == State.CLOSED) {
            log.info("{} is reachable again; leaving the fallback", component);
        }
    }

    private static String describe(RuntimeException error) {
        if (error == null) {
            return "unknown";
        }
        String message = error.getMessage();
        return error.getClass().getSimpleName() + (message == null ? "" : ": " + firstLine(message));
    }

    private static String firstLine(String text) {
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline);
    }
}
