package de.sprechstunde.discord.outbound;

import de.sprechstunde.core.message.Activity;
import de.sprechstunde.core.message.Choice;
import de.sprechstunde.core.message.Reply;
import de.sprechstunde.core.message.ReplySink;
import de.sprechstunde.core.message.TextStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The core's answer to one Discord message or interaction. Called from the core's worker threads,
 * never from JDA's: it may wait for Discord here, so the parts of an answer arrive in order.
 * Failures are logged, never thrown.
 */
public final class DiscordReplySink implements ReplySink {

    private static final Logger log = LoggerFactory.getLogger(DiscordReplySink.class);
    /** Discord shows "typing…" for about ten seconds. */
    private static final Duration TYPING_LASTS = Duration.ofSeconds(8);
    /** Long enough for JDA to wait out a rate limit. */
    static final Duration SEND_TIMEOUT = Duration.ofSeconds(60);

    private final MessageTarget target;
    private final DiscordFormat format;
    private final Clock clock;
    private final Duration editInterval;
    private Instant lastTyping = Instant.MIN;

    public DiscordReplySink(MessageTarget target, DiscordFormat format, Clock clock, Duration editInterval) {
        this.target = target;
        this.format = format;
        this.clock = clock;
        this.editInterval = editInterval;
    }

    @Override
    public void send(Reply reply) {
        if (reply instanceof Reply.Text text) {
            sendText(text.text(), text.choices(), text.ephemeral());
        } else if (reply instanceof Reply.Voice voice) {
            if (delivered(target.postVoice(VoiceUploads.of(voice.clip())), "voice message")
                    && !voice.clip().caption().isBlank()) {
                // Discord drops voice messages that carry text, so the caption follows on its own
                sendText(voice.clip().caption(), List.of(), false);
            }
        }
    }

    @Override
    public TextStream stream() {
        return new StreamedAnswer(target, format, this, clock, editInterval);
    }

    @Override
    public synchronized void working(Activity activity) {
        Instant now = clock.instant();
        if (lastTyping.equals(Instant.MIN) || Duration.between(lastTyping, now).compareTo(TYPING_LASTS) >= 0) {
            lastTyping = now;
            target.typing();
        }
    }

    /** Called when the tutor has handled the message; see {@link MessageTarget#settle()}. */
    public void settle() {
        target.settle();
    }

    /** Posts a text as one or more messages, the choices under the last. */
    void sendText(String text, List<Choice> choices, boolean ephemeral) {
        sendParts(format.parts(text), choices, ephemeral);
    }

    void sendParts(List<String> parts, List<Choice> choices, boolean ephemeral) {
        for (int i = 0; i < parts.size(); i++) {
            boolean last = i == parts.size() - 1;
            if (!delivered(target.post(format.create(parts.get(i), last ? choices : List.of()), ephemeral), "message")) {
                return;
            }
        }
    }

    /** Waits for Discord's answer; false (and logged) when the request failed. */
    static boolean delivered(CompletableFuture<?> request, String what) {
        try {
            request.get(SEND_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (TimeoutException e) {
            log.warn("Discord did not confirm a {} within {} s", what, SEND_TIMEOUT.toSeconds());
            return false;
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof ChannelTarget.MutedChannelException) {
                log.debug("skipped a {}: {}", what, cause.getMessage());
            } else {
                log.warn("could not send a {} to Discord: {}", what, cause.toString());
            }
            return false;
        }
    }
}
