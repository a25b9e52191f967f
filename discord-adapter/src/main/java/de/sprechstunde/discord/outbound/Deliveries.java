package de.sprechstunde.discord.outbound;

import de.sprechstunde.core.config.DeliverySettings;
import de.sprechstunde.core.config.RetryBudget;
import de.sprechstunde.core.message.DeliveryFailedException;
import de.sprechstunde.core.message.Reply;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Waits for Discord's answer to one request and repeats the request through transient failures.
 * JDA itself waits out 429s and retries 502/503/504 a few times; what still fails with a server
 * error, a network error or no answer at all is retried here with exponential backoff and jitter
 * for up to the retry window, then reported as {@link DeliveryFailedException}. Refusals (missing
 * permission, unknown message, invalid body) are logged once and end the request. Thread-safe.
 */
public final class Deliveries {

    /** Waits between attempts; a seam so tests need not sleep. */
    @FunctionalInterface
    public interface Waits {
        void sleep(Duration duration) throws InterruptedException;
    }

    public static final Waits SLEEP = duration -> Thread.sleep(Math.max(0, duration.toMillis()));

    private static final Logger log = LoggerFactory.getLogger(Deliveries.class);
    /** Long enough for JDA to wait out a rate limit. */
    static final Duration SEND_TIMEOUT = Duration.ofSeconds(60);

    private final DeliverySettings settings;
    private final Clock clock;
    private final Waits waits;
    private final RandomGenerator random;

    public Deliveries(DeliverySettings settings, Clock clock, Waits waits, RandomGenerator random) {
        this.settings = settings;
        this.clock = clock;
        this.waits = waits;
        this.random = random;
    }

    /**
     * Sends by calling {@code request} (again for each attempt) and waits for Discord's answer.
     *
     * @param undelivered what to keep for a later retry when Discord stays unavailable
     * @return Discord's answer; empty when the request was refused for good (logged)
     * @throws DeliveryFailedException when transient failures outlasted the retry window
     */
    public <T> Optional<T> deliver(Supplier<CompletableFuture<T>> request, String what, Reply undelivered) {
        RetryBudget budget = settings.budget(clock, random);
        for (int attempt = 1; ; attempt++) {
            Throwable failure;
            try {
                return Optional.ofNullable(request.get().get(SEND_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new DeliveryFailedException("interrupted while sending a " + what, undelivered);
            } catch (TimeoutException e) {
                failure = e;
            } catch (ExecutionException e) {
                failure = e.getCause();
                if (!transientFailure(failure)) {
                    refused(what, failure);
                    return Optional.empty();
                }
            }
            Duration wait = budget.backoff(attempt);
            log.warn("a {} to Discord failed (attempt {}): {}", what, attempt, failure.toString());
            if (!budget.allow(wait)) {
                throw new DeliveryFailedException("Discord stayed unavailable for a " + what + " after " + attempt + " attempt(s)",
                        undelivered);
            }
            try {
                waits.sleep(wait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new DeliveryFailedException("interrupted while sending a " + what, undelivered);
            }
        }
    }

    /** 5xx and network trouble may pass; everything Discord refused on purpose will not. */
    static boolean transientFailure(Throwable failure) {
        if (failure instanceof ErrorResponseException error) {
            return error.isServerError() || error.getResponse() == null || error.getResponse().code >= 500
                    || error.getResponse().getException() instanceof IOException;
        }
        return failure instanceof IOException || failure instanceof TimeoutException
                || failure != null && failure.getCause() instanceof IOException;
    }

    private static void refused(String what, Throwable failure) {
        if (failure instanceof ChannelTarget.MutedChannelException) {
            log.debug("skipped a {}: {}", what, failure.getMessage());
        } else {
            log.warn("Discord refused a {}: {}", what, failure.toString());
        }
    }
}
