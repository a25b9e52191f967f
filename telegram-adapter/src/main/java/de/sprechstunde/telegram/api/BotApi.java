package de.sprechstunde.telegram.api;

import de.sprechstunde.core.config.DeliverySettings;
import de.sprechstunde.core.config.RetryBudget;
import de.sprechstunde.core.config.Secret;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.random.RandomGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod;
import org.telegram.telegrambots.meta.api.methods.send.SendVoice;
import org.telegram.telegrambots.meta.api.methods.updates.SetWebhook;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * The one way out to Telegram: every call is paced per chat and overall, a 429 pauses the chat
 * for {@code retry_after} and is retried, a 403 stops all sending to that chat, and Telegram's
 * other refusals come back as an {@link ApiResult}. Messages, edits and voice uploads that fail
 * transiently (5xx, network trouble, a flood wait) are retried with exponential backoff and jitter
 * for up to {@link DeliverySettings#retryWindow()}, then come back as {@link ApiResult.Unavailable};
 * a retried send whose first attempt did reach Telegram shows twice (see docs/reliability.md). Calls block the calling thread (a core worker),
 * never throw, and never log the token or message texts. Thread-safe.
 */
public final class BotApi {

    private static final Logger log = LoggerFactory.getLogger(BotApi.class);
    /** Calls that are not messages retry only flood waits, this often. */
    private static final int CALL_ATTEMPTS = 4;
    /** A worker may sleep this long for one call; longer flood waits give the call up. */
    private static final Duration MAX_WAIT = Duration.ofSeconds(60);

    private enum Pacing { MESSAGE, MESSAGE_IF_FREE, CALL }

    @FunctionalInterface
    private interface ApiCall<T> {
        T run() throws TelegramApiException;
    }

    private final TelegramClient client;
    private final ChatPacer pacer;
    private final BlockedChats blocked;
    private final Sleeper sleeper;
    private final Secret token;
    private final DeliverySettings delivery;
    private final Clock clock;
    private final RandomGenerator random;

    public BotApi(TelegramClient client, ChatPacer pacer, BlockedChats blocked, Sleeper sleeper, Secret token) {
        this(client, pacer, blocked, sleeper, token, DeliverySettings.defaults(), Clock.systemUTC(), new Random());
    }

    /**
     * @param delivery how long transient failures of messages are retried
     * @param random   the jitter of the backoff
     */
    public BotApi(TelegramClient client, ChatPacer pacer, BlockedChats blocked, Sleeper sleeper, Secret token,
                  DeliverySettings delivery, Clock clock, RandomGenerator random) {
        this.client = client;
        this.pacer = pacer;
        this.blocked = blocked;
        this.sleeper = sleeper;
        this.token = token;
        this.delivery = delivery;
        this.clock = clock;
        this.random = random;
    }

    /** A message or edit in a chat: waits for the chat's next slot. */
    public <T extends Serializable> ApiResult<T> message(long chatId, BotApiMethod<T> method) {
        return run(method.getMethod(), Optional.of(chatId), Pacing.MESSAGE, () -> client.execute(method));
    }

    /** An edit that may be skipped: sent only if the chat has a free slot right now. */
    public <T extends Serializable> ApiResult<T> messageIfFree(long chatId, BotApiMethod<T> method) {
        return run(method.getMethod(), Optional.of(chatId), Pacing.MESSAGE_IF_FREE, () -> client.execute(method));
    }

    /** A voice message (multipart upload). */
    public ApiResult<Message> voice(long chatId, SendVoice sendVoice) {
        return run(sendVoice.getMethod(), Optional.of(chatId), Pacing.MESSAGE, () -> client.execute(sendVoice));
    }

    /** Registers the webhook (a multipart call). */
    public ApiResult<Boolean> setWebhook(SetWebhook setWebhook) {
        return run(setWebhook.getMethod(), Optional.empty(), Pacing.CALL, () -> client.execute(setWebhook));
    }

    /** A call that is not a chat message (chat actions, menus, webhook set-up): waits only for pauses and the overall rate. */
    public <T extends Serializable> ApiResult<T> call(Optional<Long> chatId, BotApiMethod<T> method) {
        return run(method.getMethod(), chatId, Pacing.CALL, () -> client.execute(method));
    }

    /** Fires a call without waiting for it (callback answers, from the update thread); failures are logged. */
    public void callInBackground(BotApiMethod<? extends Serializable> method) {
        try {
            client.executeAsync(method).whenComplete((result, error) -> {
                if (error != null) {
                    log.warn("{} failed: {}", method.getMethod(), describe(error));
                }
            });
        } catch (TelegramApiException e) {
            log.warn("{} failed: {}", method.getMethod(), describe(e));
        }
    }

    /** True while Telegram's last {@code retry_after} for this chat has not passed. */
    public boolean paused(long chatId) {
        return pacer.held(chatId);
    }

    public BlockedChats blockedChats() {
        return blocked;
    }

    /** The exception's messages with the token taken out, for logs. */
    public String describe(Throwable error) {
        StringBuilder text = new StringBuilder();
        for (Throwable cause = error; cause != null && text.length() < 500; cause = cause.getCause()) {
            text.append(text.length() == 0 ? "" : " <- ").append(cause.getClass().getSimpleName()).append(": ").append(cause.getMessage());
        }
        return token.redact(text.toString());
    }

    private <T> ApiResult<T> run(String method, Optional<Long> chat, Pacing pacing, ApiCall<T> call) {
        if (chat.isPresent() && blocked.isBlocked(chat.get())) {
            log.debug("{} to chat {} skipped: it refuses messages", method, chat.get());
            return new ApiResult.Skipped<>();
        }
        RetryBudget retries = delivery.budget(clock, random);
        for (int attempt = 1; ; attempt++) {
            if (!paced(method, chat, pacing)) {
                return pacing == Pacing.MESSAGE_IF_FREE ? new ApiResult.Skipped<>() : new ApiResult.Failed<>(0, "interrupted or paused too long");
            }
            Duration retryIn;
            try {
                return new ApiResult.Done<>(call.run());
            } catch (TelegramApiRequestException e) {
                Integer code = e.getErrorCode();
                if (Integer.valueOf(429).equals(code)) {
                    Integer retryAfter = e.getParameters() == null ? null : e.getParameters().getRetryAfter();
                    Duration pause = Duration.ofSeconds(retryAfter == null ? 1 : Math.max(1, retryAfter));
                    pacer.hold(chat, pause);
                    log.warn("Telegram asked to pause {} for {} s (attempt {})", chat.map(id -> "chat " + id).orElse("all calls"),
                            pause.toSeconds(), attempt);
                    if (pacing == Pacing.MESSAGE_IF_FREE) {
                        return new ApiResult.Skipped<>();
                    }
                    boolean retry = pacing == Pacing.CALL ? attempt < CALL_ATTEMPTS : retries.allow(pause);
                    if (pause.compareTo(MAX_WAIT) > 0 || !retry) {
                        return given(method, pacing, 429, "flood wait");
                    }
                    // the pacer's hold makes the next attempt wait
                    continue;
                }
                // no error code: the answer was no Telegram answer at all (a proxy's page, a cut body), so like network trouble
                boolean unreadable = code == null || code == 0;
                if (!unreadable && code < 500) {
                    return refused(method, chat, e);
                }
                log.warn("{} failed (attempt {}): {}", method, attempt, describe(e));
                retryIn = retries.backoff(attempt);
            } catch (TelegramApiException e) {
                // network trouble or an unreadable answer: the call may have reached Telegram, see docs/reliability.md
                log.warn("{} failed (attempt {}): {}", method, attempt, describe(e));
                retryIn = retries.backoff(attempt);
            } finally {
                if (pacing != Pacing.CALL) {
                    pacer.finished(chat.orElseThrow());
                }
            }
            if (pacing == Pacing.MESSAGE_IF_FREE) {
                return new ApiResult.Skipped<>();
            }
            // chat actions, menus and set-up calls are not worth a long retry: only messages are
            if (pacing == Pacing.CALL || !retries.allow(retryIn) || !waitFor(retryIn, method)) {
                return given(method, pacing, 0, "still failing after " + attempt + " attempt(s)");
            }
        }
    }

    private <T> ApiResult<T> given(String method, Pacing pacing, int code, String why) {
        if (pacing == Pacing.CALL) {
            return new ApiResult.Failed<>(code, why);
        }
        log.warn("{} given up for now after {} s: {}", method, delivery.retryWindow().toSeconds(), why);
        return new ApiResult.Unavailable<>(why);
    }

    private <T> ApiResult<T> refused(String method, Optional<Long> chat, TelegramApiRequestException e) {
        String description = e.getApiResponse() == null ? describe(e) : token.redact(e.getApiResponse());
        String lower = description.toLowerCase(Locale.ROOT);
        if (Integer.valueOf(403).equals(e.getErrorCode()) && chat.isPresent()) {
            blocked.block(chat.get(), description);
            return new ApiResult.Blocked<>();
        }
        if (lower.contains("message is not modified")) {
            return new ApiResult.NotModified<>();
        }
        if (lower.contains("can't parse entities")) {
            log.warn("{}: Telegram could not parse the formatting ({})", method, description);
            return new ApiResult.BadEntities<>(description);
        }
        log.warn("{} refused: [{}] {}", method, e.getErrorCode(), description);
        return new ApiResult.Failed<>(e.getErrorCode() == null ? 0 : e.getErrorCode(), description);
    }

    /** Waits for the chat's slot (or its pause), then for an overall one; false when the call must not go out. */
    private boolean paced(String method, Optional<Long> chat, Pacing pacing) {
        if (pacing == Pacing.MESSAGE_IF_FREE) {
            return pacer.tryReserve(chat.orElseThrow()) && waitFor(pacer.reserveCall(), method);
        }
        Duration chatWait = pacing == Pacing.MESSAGE ? pacer.reserve(chat.orElseThrow()) : pacer.pauseLeft(chat);
        return waitFor(chatWait, method) && waitFor(pacer.reserveCall(), method);
    }

    private boolean waitFor(Duration wait, String method) {
        if (wait.compareTo(MAX_WAIT) > 0) {
            log.warn("{} given up: it would have to wait {} s", method, wait.toSeconds());
            return false;
        }
        try {
            sleeper.sleep(wait);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
