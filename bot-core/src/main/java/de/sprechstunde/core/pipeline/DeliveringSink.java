package de.sprechstunde.core.pipeline;

import de.sprechstunde.core.message.Activity;
import de.sprechstunde.core.message.DeliveryFailedException;
import de.sprechstunde.core.message.MessageKey;
import de.sprechstunde.core.message.Reply;
import de.sprechstunde.core.message.ReplySink;
import de.sprechstunde.core.message.StreamProgress;
import de.sprechstunde.core.message.TextStream;
import de.sprechstunde.core.port.MessageLedger;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The adapter's sink as the pipeline uses it: it keeps what could not be delivered (and everything
 * after it, so the order holds) instead of losing it, and records in the ledger which platform
 * messages a streamed reply shows, so a replay edits them. A reply in progress from an earlier
 * attempt ({@code shown}) is taken over by the first text reply. Used by one worker at a time.
 */
final class DeliveringSink implements ReplySink {

    private static final Logger log = LoggerFactory.getLogger(DeliveringSink.class);

    private final ReplySink platform;
    private final MessageKey key;
    private final MessageLedger ledger;
    private final List<Reply> undelivered = new ArrayList<>();
    private List<String> shown;

    DeliveringSink(ReplySink platform, MessageKey key, MessageLedger ledger, List<String> shown) {
        this.platform = platform;
        this.key = key;
        this.ledger = ledger;
        this.shown = List.copyOf(shown);
    }

    /** What is still to be delivered, in order; empty when the platform took every reply. */
    List<Reply> undelivered() {
        return List.copyOf(undelivered);
    }

    @Override
    public void send(Reply reply) {
        if (!undelivered.isEmpty()) {
            undelivered.add(reply);
            return;
        }
        if (reply instanceof Reply.Text text && !shown.isEmpty()) {
            // the fragment an earlier attempt left becomes this reply
            TextStream stream = stream();
            stream.complete(text);
            return;
        }
        try {
            platform.send(reply);
        } catch (DeliveryFailedException e) {
            keep(e);
        }
    }

    @Override
    public TextStream stream() {
        Progress progress = new Progress();
        TextStream stream = platform.stream(progress);
        return new TextStream() {
            @Override
            public void update(String textSoFar) {
                if (undelivered.isEmpty()) {
                    stream.update(textSoFar);
                }
            }

            @Override
            public void complete(Reply.Text finalText) {
                finish(() -> stream.complete(finalText), finalText, progress);
            }

            @Override
            public void abort(Reply.Text apology) {
                finish(() -> stream.abort(apology), apology, progress);
            }
        };
    }

    private void finish(Runnable show, Reply.Text text, Progress progress) {
        if (!undelivered.isEmpty()) {
            undelivered.add(text);
            return;
        }
        try {
            show.run();
            if (progress.recorded != null && !progress.recorded.isEmpty() || !shown.isEmpty()) {
                shown = List.of();
                record(List.of());
            }
        } catch (DeliveryFailedException e) {
            // the messages stay recorded: the retry edits them into the final text
            shown = progress.recorded != null ? progress.recorded : progress.taken;
            keep(e);
        }
    }

    @Override
    public void working(Activity activity) {
        try {
            platform.working(activity);
        } catch (RuntimeException e) {
            log.debug("could not show activity: {}", e.toString());
        }
    }

    private void keep(DeliveryFailedException e) {
        log.warn("reply not delivered, kept for a later retry: {}", e.getMessage());
        undelivered.add(e.undelivered());
    }

    private void record(List<String> ids) {
        try {
            ledger.showing(key, ids);
        } catch (RuntimeException e) {
            log.warn("could not record the messages of a reply in progress: {}", e.toString());
        }
    }

    private final class Progress implements StreamProgress {
        private final List<String> taken = shown;
        /** Null until the adapter reports; empty when it says nothing shows the reply in progress any more. */
        private List<String> recorded;

        @Override
        public List<String> shown() {
            return taken;
        }

        @Override
        public void showing(List<String> messageIds) {
            List<String> ids = List.copyOf(messageIds);
            if (!ids.equals(recorded)) {
                recorded = ids;
                record(ids);
            }
        }
    }
}
