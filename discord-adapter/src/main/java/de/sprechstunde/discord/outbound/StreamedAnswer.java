package de.sprechstunde.discord.outbound;

import de.sprechstunde.core.message.DeliveryFailedException;
import de.sprechstunde.core.message.Reply;
import de.sprechstunde.core.message.StreamProgress;
import de.sprechstunde.core.message.TextStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * A model answer shown while it grows: posted as soon as there is text, then edited at most once
 * per interval and never while the previous request is still on its way (so a slow or rate-limited
 * Discord sees fewer edits, not a queue of them). The final text replaces the preview and, when
 * longer than one message, continues in further messages.
 */
final class StreamedAnswer implements TextStream {

    private static final Duration FIRST_PREVIEW_WAIT = Duration.ofSeconds(5);

    private final MessageTarget target;
    private final DiscordFormat format;
    private final DiscordReplySink sink;
    private final Clock clock;
    private final Duration interval;
    private volatile MessageTarget.Posted posted;
    private volatile boolean broken;
    private CompletableFuture<?> pending = CompletableFuture.completedFuture(null);
    private Instant lastShown = Instant.MIN;
    private String shown = "";
    private final StreamProgress progress;
    private MessageTarget.Posted reported;

    /** @param progress the preview an earlier attempt left (edited instead of posting anew), and where to report ours */
    StreamedAnswer(MessageTarget target, DiscordFormat format, DiscordReplySink sink, Clock clock, Duration interval,
                   StreamProgress progress) {
        this.target = target;
        this.format = format;
        this.sink = sink;
        this.clock = clock;
        this.interval = interval;
        this.progress = progress;
        if (!progress.shown().isEmpty()) {
            posted = new MessageTarget.Posted(progress.shown().get(0));
            reported = posted;
        }
    }

    /** On the worker, never on JDA's callback thread: the ledger may be slow. Interaction originals are not ids to keep. */
    private void report() {
        MessageTarget.Posted now = posted;
        if (now != null && now != reported && !now.original()) {
            reported = now;
            progress.showing(List.of(now.messageId()));
        }
    }

    @Override
    public void update(String textSoFar) {
        if (broken || !pending.isDone()) {
            return;
        }
        report();
        String preview = format.preview(textSoFar);
        if (preview.isBlank() || preview.equals(shown)) {
            return;
        }
        Instant now = clock.instant();
        if (posted == null) {
            show(preview, now);
            pending = target.post(format.create(preview, List.of()), false).whenComplete((message, error) -> {
                if (error != null) {
                    broken = true;
                } else {
                    posted = message;
                }
            });
            // the first preview's id goes to the ledger at once, not with the next token: a model that
            // stalls (or a process that dies) right after it would otherwise leave it unrecorded; a
            // slow Discord holds the stream only briefly, then the id is recorded with a later token
            if (DiscordReplySink.settled(pending, FIRST_PREVIEW_WAIT)) {
                report();
            }
        } else if (Duration.between(lastShown, now).compareTo(interval) >= 0) {
            show(preview, now);
            pending = target.edit(posted, format.edit(preview, List.of())).whenComplete((ok, error) -> broken |= error != null);
        }
    }

    @Override
    public void complete(Reply.Text finalText) {
        finish(finalText);
    }

    @Override
    public void abort(Reply.Text apology) {
        finish(apology);
    }

    private void finish(Reply.Text text) {
        DiscordReplySink.settled(pending.handle((ok, error) -> Boolean.TRUE));
        report();
        List<String> parts = format.parts(text.text());
        if (parts.isEmpty()) {
            return;
        }
        MessageTarget.Posted preview = posted;
        if (preview == null || text.ephemeral()) {
            sink.sendParts(parts, text.choices(), text.ephemeral());
            return;
        }
        boolean single = parts.size() == 1;
        // the whole text is kept when the edit stays undelivered: the retry edits the same preview
        boolean edited = sink.deliveries().deliver(() -> target.edit(preview, format.edit(parts.get(0), single ? text.choices() : List.of()))
                .thenApply(ok -> Boolean.TRUE), "final edit", text).isPresent();
        List<String> rest = parts.subList(1, parts.size());
        if (!edited) {
            // the preview is gone (deleted, or the edit refused): post the whole answer afresh
            rest = parts;
        }
        if (!rest.isEmpty()) {
            try {
                sink.sendParts(rest, text.choices(), false);
            } catch (DeliveryFailedException e) {
                // the preview is final now; only the parts that did not arrive are kept
                progress.showing(List.of());
                throw e;
            }
        }
    }

    private void show(String preview, Instant now) {
        shown = preview;
        lastShown = now;
    }
}
