package de.sprechstunde.telegram.api;

import de.sprechstunde.core.config.DeliverySettings;
import de.sprechstunde.core.config.Secret;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod;
import org.telegram.telegrambots.meta.api.methods.send.SendPhoto;
import org.telegram.telegrambots.meta.api.methods.send.SendVoice;
import org.telegram.telegrambots.meta.api.methods.updates.SetWebhook;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * The one way out to Telegram. Every call is queued in the {@link SendQueue}, which sends it when
 * {@link FloodControl} allows (no thread waits for a slot) and retries it as {@link Attempts}
 * judges; callers get a future of the {@link ApiResult}. Messages, edits and voice uploads that fail
 * transiently (5xx, network trouble, a flood wait) are retried with exponential backoff and jitter
 * for up to {@link DeliverySettings#retryWindow()}, then end as {@link ApiResult.Unavailable}; a
 * retried send whose first attempt did reach Telegram shows twice (see docs/reliability.md).
 * Nothing here throws or logs the token or message texts. Thread-safe.
 */
public final class BotApi implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(BotApi.class);
    /** A caller that must know the outcome waits at most this long beyond the retry window, then gives up. */
    private static final Duration AWAIT_SLACK = Duration.ofSeconds(90);

    private final TelegramClient client;
    private final FloodControl flood;
    private final BlockedChats blocked;
    private final DeliverySettings delivery;
    private final Clock clock;
    private final RandomGenerator random;
    private final Attempts attempts;
    private final SendQueue queue;

    /**
     * @param delivery    how long transient failures of messages are retried
     * @param backoffWait how long a backoff really lasts (tests shorten it)
     * @param random      the jitter of the backoff
     */
    public BotApi(TelegramClient client, FloodControl flood, BlockedChats blocked, Secret token, DeliverySettings delivery,
                  BackoffWait backoffWait, Clock clock, RandomGenerator random) {
        this.client = client;
        this.flood = flood;
        this.blocked = blocked;
        this.delivery = delivery;
        this.clock = clock;
        this.random = random;
        this.attempts = new Attempts(flood, blocked, token);
        this.queue = new SendQueue(flood, attempts, backoffWait, clock);
    }

    /** A message, edit or delete in a chat, in order after the chat's earlier calls. */
    public <T extends Serializable> CompletableFuture<ApiResult<T>> message(long chatId, BotApiMethod<T> method) {
        return submit(Traffic.MESSAGE, Optional.of(chatId), method.getMethod(), () -> Optional.of(() -> client.executeAsync(method)));
    }

    /** A voice message (multipart upload), in order after the chat's earlier calls. */
    public CompletableFuture<ApiResult<Message>> voice(long chatId, SendVoice sendVoice) {
        return submit(Traffic.MESSAGE, Optional.of(chatId), sendVoice.getMethod(), () -> Optional.of(() -> client.executeAsync(sendVoice)));
    }

    /**
     * An interim update of a streamed answer (an edit, its first message, or a draft), built only
     * when it goes out; {@code latest} answers empty when there is nothing left to send.
     */
    public StreamCall streamUpdate(long chatId, Traffic traffic, Supplier<Optional<BotApiMethod<? extends Serializable>>> latest) {
        if (!traffic.optional() || traffic == Traffic.ACTION) {
            throw new IllegalArgumentException("a stream update is STREAM_EDIT or DRAFT traffic, not " + traffic);
        }
        Outgoing<Serializable> item = new Outgoing<>(traffic, Optional.of(chatId), traffic == Traffic.DRAFT ? "sendMessageDraft" : "stream update",
                delivery.budget(clock, random), () -> latest.get().map(method -> () -> client.executeAsync(method).thenApply(value -> value)));
        if (blocked.isBlocked(chatId)) {
            item.finish(new ApiResult.Skipped<>());
        } else {
            queue.submit(item);
        }
        return new StreamCall(item, queue);
    }

    /** A picture (multipart upload), in order after the chat's earlier calls. */
    public CompletableFuture<ApiResult<Message>> photo(long chatId, SendPhoto sendPhoto) {
        return submit(Traffic.MESSAGE, Optional.of(chatId), sendPhoto.getMethod(), () -> Optional.of(() -> client.executeAsync(sendPhoto)));
    }

    /** A chat action: sent at once when the budgets have room, else dropped (it is only a hint). Never waits. */
    public void action(long chatId, BotApiMethod<Boolean> method) {
        queue.execute(() -> {
            if (blocked.isBlocked(chatId) || !flood.wait(Traffic.ACTION, Optional.of(chatId)).isZero()) {
                return;
            }
            flood.sent(Traffic.ACTION, Optional.of(chatId));
            try {
                client.executeAsync(method).whenComplete((done, error) -> {
                    flood.ended();
                    if (error != null) {
                        log.debug("{} failed: {}", method.getMethod(), attempts.describe(error));
                    }
                });
            } catch (Exception e) {
                flood.ended();
                log.debug("{} failed: {}", method.getMethod(), attempts.describe(e));
            }
        });
    }

    /** A call that is not a chat message (getMe, getFile, menus), paced overall; waits for its outcome. */
    public <T extends Serializable> ApiResult<T> call(BotApiMethod<T> method) {
        return await(submit(Traffic.CALL, Optional.empty(), method.getMethod(), () -> Optional.of(() -> client.executeAsync(method))));
    }

    /** Registers the webhook (a multipart call); waits for its outcome. */
    public ApiResult<Boolean> setWebhook(SetWebhook setWebhook) {
        return await(submit(Traffic.CALL, Optional.empty(), setWebhook.getMethod(),
                () -> Optional.of(() -> client.executeAsync(setWebhook))));
    }

    /** A call whose outcome nobody waits for (callback answers, from the update thread); failures are logged. */
    public <T extends Serializable> void callInBackground(BotApiMethod<T> method) {
        CompletableFuture<ApiResult<T>> sent = submit(Traffic.CALL, Optional.empty(), method.getMethod(),
                () -> Optional.of(() -> client.executeAsync(method)));
        sent.thenAccept(result -> {
            if (!result.delivered()) {
                log.warn("{} failed: {}", method.getMethod(), result);
            }
        });
    }

    /**
     * Waits for a call's outcome, for callers that must report delivery (the core's sink) or need
     * the answer to go on. Bounded: past the retry window and some slack it counts as Unavailable.
     */
    public <T> ApiResult<T> await(CompletableFuture<ApiResult<T>> result) {
        try {
            return result.get(delivery.retryWindow().plus(AWAIT_SLACK).toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new ApiResult.Unavailable<>("interrupted while waiting for Telegram");
        } catch (TimeoutException e) {
            return new ApiResult.Unavailable<>("no answer from the send queue in time");
        } catch (ExecutionException e) {
            return new ApiResult.Unavailable<>("send queue failed: " + e.getCause());
        }
    }

    /** True while Telegram's last {@code retry_after} for this chat has not passed. */
    public boolean paused(long chatId) {
        return flood.held(chatId);
    }

    public BlockedChats blockedChats() {
        return blocked;
    }

    /** The exception's messages with the token taken out, for logs. */
    public String describe(Throwable error) {
        return attempts.describe(error);
    }

    /** Gives up every call still waiting (their callers learn Unavailable); the HTTP client is the connection's to close. */
    @Override
    public void close() {
        queue.close();
    }

    private <T extends Serializable> CompletableFuture<ApiResult<T>> submit(Traffic traffic, Optional<Long> chat, String method,
                                                                           Supplier<Optional<Outgoing.ApiCall<T>>> call) {
        if (chat.isPresent() && blocked.isBlocked(chat.get())) {
            log.debug("{} to chat {} skipped: it refuses messages", method, chat.get());
            return CompletableFuture.completedFuture(new ApiResult.Skipped<>());
        }
        return queue.submit(new Outgoing<>(traffic, chat, method, delivery.budget(clock, random), call));
    }
}
