package de.sprechstunde.telegram.api;

import java.util.Optional;

/** How one Bot API call ended, with Telegram's errors already sorted into what the caller must do. */
public sealed interface ApiResult<T> {

    /** Telegram did it and answered {@code value}. */
    record Done<T>(T value) implements ApiResult<T> {
    }

    /** An edit that changed nothing ("message is not modified"): what the learner sees is already right. */
    record NotModified<T>() implements ApiResult<T> {
    }

    /** Not sent: the chat had no free slot for an optional update, or it blocked the bot earlier. */
    record Skipped<T>() implements ApiResult<T> {
    }

    /** The chat blocked the bot or removed it (403); nothing more is sent there. */
    record Blocked<T>() implements ApiResult<T> {
    }

    /** Telegram could not parse the formatting; the caller should resend as plain text. */
    record BadEntities<T>(String description) implements ApiResult<T> {
    }

    /**
     * Anything else: network trouble, a refused request, a pause too long to wait for. Already logged.
     *
     * @param errorCode Telegram's error code, or 0 when Telegram gave none (network, unreadable answer)
     */
    record Failed<T>(int errorCode, String description) implements ApiResult<T> {
    }

    /**
     * A transient failure (5xx, timeout, connection reset, flood wait) that lasted the whole retry
     * window: the message or edit may still be sent later. Already logged.
     */
    record Unavailable<T>(String description) implements ApiResult<T> {
    }

    /** The learner sees what was asked for (sent, or already identical). */
    default boolean delivered() {
        return this instanceof Done || this instanceof NotModified;
    }

    default Optional<T> result() {
        return this instanceof Done<T> done ? Optional.ofNullable(done.value()) : Optional.empty();
    }
}
