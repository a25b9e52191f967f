package de.sprechstunde.telegram.api;

import de.sprechstunde.core.config.RetryBudget;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

/**
 * One call waiting in the {@link SendQueue}: what it is for pacing, how to send it, its retry
 * budget and the result its caller is told. The request may be built only when it goes out, so
 * a streamed answer sends its newest text, not the text it had when it was queued. Thread-safe.
 */
final class Outgoing<T> {

    /** Starts the HTTP call; the future ends with Telegram's answer or the failure. */
    @FunctionalInterface
    interface ApiCall<T> {
        CompletableFuture<T> start() throws TelegramApiException;
    }

    final Traffic traffic;
    final Optional<Long> chat;
    final String method;
    final RetryBudget retries;
    final CompletableFuture<ApiResult<T>> result = new CompletableFuture<>();
    private final Supplier<Optional<ApiCall<T>>> call;
    /** Attempts that have ended; touched only on the queue's thread. */
    int attempts;
    /** The order in which calls were queued, for fairness between chats; set by the queue. */
    long sequence;
    private volatile boolean cancelled;

    /**
     * @param call builds the request when it goes out; empty when there is nothing to send any more
     */
    Outgoing(Traffic traffic, Optional<Long> chat, String method, RetryBudget retries, Supplier<Optional<ApiCall<T>>> call) {
        this.traffic = traffic;
        this.chat = chat;
        this.method = method;
        this.retries = retries;
        this.call = call;
    }

    Optional<ApiCall<T>> build() {
        return call.get();
    }

    /** Not to be sent any more, unless it is already out; its caller is told {@link ApiResult.Skipped}. */
    void cancel() {
        cancelled = true;
    }

    boolean cancelled() {
        return cancelled || result.isDone();
    }

    void finish(ApiResult<T> outcome) {
        result.complete(outcome);
    }
}
