package de.sprechstunde.telegram.api;

import de.sprechstunde.core.config.Secret;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

/**
 * Judges how a call ended: Telegram's answer or error becomes an {@link ApiResult} for the caller,
 * or a retry. A 429 holds the chat (or every call) for {@code retry_after}; 5xx answers and network
 * trouble back off exponentially with jitter; both only while the call's retry budget lasts, and
 * only for messages (other calls retry flood waits a few times, optional traffic never). A 403
 * stops all sending to the chat. Never logs the token or message texts. Used on the send queue's
 * thread.
 */
final class Attempts {

    private static final Logger log = LoggerFactory.getLogger(Attempts.class);
    /** Calls that are not messages retry only flood waits, this often. */
    private static final int CALL_ATTEMPTS = 4;

    private final FloodControl flood;
    private final BlockedChats blocked;
    private final Secret token;

    Attempts(FloodControl flood, BlockedChats blocked, Secret token) {
        this.flood = flood;
        this.blocked = blocked;
        this.token = token;
    }

    /**
     * @return empty when the call is finished (its result is set); else retry it after this backoff,
     *         or — zero — as soon as the flood hold it set has passed
     */
    <T> Optional<Duration> judge(Outgoing<T> item, T value, Throwable error) {
        item.attempts++;
        if (error == null) {
            item.finish(new ApiResult.Done<>(value));
            return Optional.empty();
        }
        Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        // no error code: the answer was no Telegram answer at all (a proxy's page, a cut body), so like network trouble
        if (cause instanceof TelegramApiRequestException e && e.getErrorCode() != null && e.getErrorCode() != 0
                && e.getErrorCode() < 500) {
            return Integer.valueOf(429).equals(e.getErrorCode()) ? floodWait(item, e) : finish(item, refused(item, e));
        }
        // 5xx, network trouble or an unreadable answer: the call may have reached Telegram, see docs/reliability.md
        log.warn("{} failed (attempt {}): {}", item.method, item.attempts, describe(cause));
        if (item.traffic.optional()) {
            return finish(item, new ApiResult.Skipped<>());
        }
        Duration backoff = item.retries.backoff(item.attempts);
        if (item.traffic == Traffic.CALL || !item.retries.allow(backoff)) {
            return finish(item, given(item, 0, "still failing after " + item.attempts + " attempt(s)"));
        }
        return Optional.of(backoff);
    }

    /** The call would have had to wait longer than the queue waits for anything. */
    <T> void tooLong(Outgoing<T> item, Duration wait) {
        log.warn("{} given up: it would have to wait {} s", item.method, wait.toSeconds());
        item.finish(item.traffic.optional() ? new ApiResult.Skipped<>() : given(item, 0, "paused too long"));
    }

    /** The exception's messages with the token taken out, for logs. */
    String describe(Throwable error) {
        StringBuilder text = new StringBuilder();
        for (Throwable cause = error; cause != null && text.length() < 500; cause = cause.getCause()) {
            text.append(text.length() == 0 ? "" : " <- ").append(cause.getClass().getSimpleName()).append(": ").append(cause.getMessage());
        }
        return token.redact(text.toString());
    }

    private <T> Optional<Duration> floodWait(Outgoing<T> item, TelegramApiRequestException e) {
        Integer retryAfter = e.getParameters() == null ? null : e.getParameters().getRetryAfter();
        Duration pause = Duration.ofSeconds(retryAfter == null ? 1 : Math.max(1, retryAfter));
        flood.hold(item.chat, pause);
        log.warn("Telegram asked to pause {} for {} s (attempt {})", item.chat.map(id -> "chat " + id).orElse("all calls"),
                pause.toSeconds(), item.attempts);
        if (item.traffic.optional()) {
            return finish(item, new ApiResult.Skipped<>());
        }
        boolean retry = item.traffic == Traffic.CALL ? item.attempts < CALL_ATTEMPTS : item.retries.allow(pause);
        if (pause.compareTo(SendQueue.MAX_WAIT) > 0 || !retry) {
            return finish(item, given(item, 429, "flood wait"));
        }
        return Optional.of(Duration.ZERO);
    }

    private <T> ApiResult<T> refused(Outgoing<T> item, TelegramApiRequestException e) {
        String description = e.getApiResponse() == null ? describe(e) : token.redact(e.getApiResponse());
        String lower = description.toLowerCase(Locale.ROOT);
        int code = e.getErrorCode() == null ? 0 : e.getErrorCode();
        if (code == 403 && item.chat.isPresent()) {
            blocked.block(item.chat.get(), description);
            return new ApiResult.Blocked<>();
        }
        if (lower.contains("message is not modified")) {
            return new ApiResult.NotModified<>();
        }
        if (lower.contains("can't parse entities")) {
            log.warn("{}: Telegram could not parse the formatting ({})", item.method, description);
            return new ApiResult.BadEntities<>(description);
        }
        if (item.traffic != Traffic.DRAFT) {
            // a draft's refusal is the stream's to judge (an older server that lacks the method)
            log.warn("{} refused: [{}] {}", item.method, code, description);
        }
        return new ApiResult.Failed<>(code, description);
    }

    private <T> ApiResult<T> given(Outgoing<T> item, int code, String why) {
        if (item.traffic == Traffic.CALL) {
            return new ApiResult.Failed<>(code, why);
        }
        log.warn("{} given up for now: {}", item.method, why);
        return new ApiResult.Unavailable<>(why);
    }

    private static <T> Optional<Duration> finish(Outgoing<T> item, ApiResult<T> result) {
        item.finish(result);
        return Optional.empty();
    }
}
