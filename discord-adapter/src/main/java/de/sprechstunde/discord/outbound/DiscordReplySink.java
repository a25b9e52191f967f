package de.sprechstunde.discord.outbound;

import de.sprechstunde.core.message.Activity;
import de.sprechstunde.core.message.Choice;
import de.sprechstunde.core.message.Reply;
import de.sprechstunde.core.message.ReplySink;
import de.sprechstunde.core.message.StreamProgress;
import de.sprechstunde.core.message.TextStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import net.dv8tion.jda.api.utils.FileUpload;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The core's answer to one Discord message or interaction. Called from the core's worker threads,
 * never from JDA's: it may wait for Discord here, so the parts of an answer arrive in order.
 * Transient failures are retried ({@link Deliveries}); what stays undelivered is thrown as
 * {@code DeliveryFailedException} for the core to keep; refusals are logged and count as done.
 */
public final class DiscordReplySink implements ReplySink {

    private static final Logger log = LoggerFactory.getLogger(DiscordReplySink.class);
    /** Discord shows "typing…" for about ten seconds. */
    private static final Duration TYPING_LASTS = Duration.ofSeconds(8);

    private final MessageTarget target;
    private final DiscordFormat format;
    private final Clock clock;
    private final Duration editInterval;
    private final Deliveries deliveries;
    private Instant lastTyping = Instant.MIN;

    public DiscordReplySink(MessageTarget target, DiscordFormat format, Clock clock, Duration editInterval, Deliveries deliveries) {
        this.target = target;
        this.format = format;
        this.clock = clock;
        this.editInterval = editInterval;
        this.deliveries = deliveries;
    }

    @Override
    public void send(Reply reply) {
        if (reply instanceof Reply.Text text) {
            sendText(text.text(), text.choices(), text.ephemeral());
        } else if (reply instanceof Reply.Voice voice) {
            if (deliveries.deliver(() -> target.postFile(VoiceUploads.of(voice.clip())), "voice message", voice).isPresent()
                    && !voice.clip().caption().isBlank()) {
                // Discord drops voice messages that carry text, so the caption follows on its own
                sendText(voice.clip().caption(), List.of(), false);
            }
        } else if (reply instanceof Reply.Image image) {
            // the picture alone, then its caption as an ordinary (split, formatted) message
            if (deliveries.deliver(() -> target.postFile(FileUpload.fromData(image.png(), image.fileName())), "image", image).isPresent()
                    && !image.caption().isBlank()) {
                sendText(image.caption(), List.of(), false);
            }
        }
    }

    @Override
    public TextStream stream() {
        return stream(StreamProgress.NONE);
    }

    @Override
    public TextStream stream(StreamProgress progress) {
        return new StreamedAnswer(target, format, this, clock, editInterval, progress);
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

    /**
     * Posts the parts in order, the choices under the last.
     *
     * @throws DeliveryFailedException when a part stayed undelivered; it carries that part and the rest
     */
    void sendParts(List<String> parts, List<Choice> choices, boolean ephemeral) {
        for (int i = 0; i < parts.size(); i++) {
            boolean last = i == parts.size() - 1;
            String part = parts.get(i);
            Reply.Text rest = new Reply.Text(String.join("\n\n", parts.subList(i, parts.size())), choices, ephemeral);
            if (deliveries.deliver(() -> target.post(format.create(part, last ? choices : List.of()), ephemeral), "message", rest)
                    .isEmpty()) {
                return;
            }
        }
    }

    Deliveries deliveries() {
        return deliveries;
    }

    /** Waits for a request whose failure changes nothing (a streamed preview); false when it failed. */
    static boolean settled(CompletableFuture<?> request) {
        return settled(request, Deliveries.SEND_TIMEOUT);
    }

    static boolean settled(CompletableFuture<?> request, java.time.Duration atMost) {
        try {
            request.get(atMost.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (TimeoutException | ExecutionException e) {
            log.debug("a streamed preview did not arrive: {}", e.toString());
            return false;
        }
    }
}
