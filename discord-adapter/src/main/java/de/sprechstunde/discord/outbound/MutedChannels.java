package de.sprechstunde.discord.outbound;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.exceptions.InsufficientPermissionException;
import net.dv8tion.jda.api.requests.ErrorResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Channels the bot may not speak in. The first refusal per channel is logged as a warning; after
 * that the channel is skipped quietly for a while, so a server admin who fixes the permissions
 * is picked up again without a restart. Thread-safe.
 */
public final class MutedChannels {

    private static final Logger log = LoggerFactory.getLogger(MutedChannels.class);

    private final Map<String, Instant> mutedUntil = new ConcurrentHashMap<>();
    private final Clock clock;
    private final Duration retryAfter;

    public MutedChannels(Clock clock, Duration retryAfter) {
        this.clock = clock;
        this.retryAfter = retryAfter;
    }

    public boolean isMuted(String channelId) {
        Instant until = mutedUntil.get(channelId);
        if (until == null) {
            return false;
        }
        if (clock.instant().isAfter(until)) {
            mutedUntil.remove(channelId, until);
            return false;
        }
        return true;
    }

    /** Records that the bot may not speak in the channel; logs only the first time. */
    public void mute(String channelId, String why) {
        Instant until = clock.instant().plus(retryAfter);
        if (mutedUntil.put(channelId, until) == null) {
            log.warn("missing permission to speak in channel {} ({}); skipping it for {} s", channelId, why, retryAfter.toSeconds());
        } else {
            log.debug("still no permission to speak in channel {}", channelId);
        }
    }

    /** True (and the channel muted) when {@code error} says the bot lacks access or permission there. */
    public boolean muteIfPermissionError(String channelId, Throwable error) {
        Throwable cause = error;
        while (cause != null) {
            if (cause instanceof InsufficientPermissionException missing) {
                mute(channelId, "needs " + missing.getPermission().getName());
                return true;
            }
            if (cause instanceof ErrorResponseException response
                    && (response.getErrorResponse() == ErrorResponse.MISSING_PERMISSIONS
                    || response.getErrorResponse() == ErrorResponse.MISSING_ACCESS
                    || response.getErrorResponse() == ErrorResponse.CANNOT_SEND_TO_USER)) {
                mute(channelId, "Discord error " + response.getErrorCode());
                return true;
            }
            cause = cause.getCause();
        }
        return false;
    }
}
