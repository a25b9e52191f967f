package de.sprechstunde.core.tutor;

import de.sprechstunde.core.message.Activity;
import de.sprechstunde.core.message.Reply;
import de.sprechstunde.core.message.ReplySink;
import de.sprechstunde.core.message.StreamProgress;
import de.sprechstunde.core.message.TextStream;

/**
 * The sink of one learner turn. What leads the answer (a voice note's transcript, the corrections)
 * and the answer itself go out as one message instead of a message each: the lead is shown at once,
 * and the next text reply, streamed or not, is added to the same message after it. Only the
 * platform's length limit splits it (the adapters split long texts). Voice clips and any later
 * reply go out as they come, after the combined message. Used by the turn's one worker.
 */
public final class TurnSink implements ReplySink {

    private static final String GAP = "\n\n";

    private final ReplySink sink;
    private String lead = "";
    /** The message that shows the lead while it waits for the answer; null when there is no lead. */
    private TextStream leading;

    public TurnSink(ReplySink sink) {
        this.sink = sink;
    }

    /** Shows {@code block} at the head of the turn's message, after what led before it. */
    public void lead(String block) {
        if (block.isBlank()) {
            return;
        }
        lead = lead.isEmpty() ? block : lead + GAP + block;
        if (leading == null) {
            leading = sink.stream();
        }
        leading.update(lead);
    }

    @Override
    public void send(Reply reply) {
        if (lead.isEmpty()) {
            sink.send(reply);
        } else if (reply instanceof Reply.Text text && !text.ephemeral()) {
            Reply.Text combined = new Reply.Text(lead + GAP + text.text(), text.choices(), false);
            takeLead().complete(combined);
        } else {
            finish();
            sink.send(reply);
        }
    }

    @Override
    public TextStream stream() {
        return lead.isEmpty() ? sink.stream() : new AfterLead();
    }

    /** With a lead shown, the answer continues its stream, which already took over what an earlier attempt left. */
    @Override
    public TextStream stream(StreamProgress progress) {
        return lead.isEmpty() ? sink.stream(progress) : new AfterLead();
    }

    @Override
    public void working(Activity activity) {
        sink.working(activity);
    }

    /** Shows a lead that no answer followed as a message of its own; the turn calls it when it ends. */
    public void finish() {
        if (!lead.isEmpty()) {
            Reply.Text alone = Reply.Text.of(lead);
            takeLead().complete(alone);
        }
    }

    private TextStream takeLead() {
        TextStream stream = leading;
        leading = null;
        lead = "";
        return stream;
    }

    /** The answer streamed into the leading message, after the lead. */
    private final class AfterLead implements TextStream {
        private final String head = lead;
        private final TextStream stream = takeLead();

        @Override
        public void update(String textSoFar) {
            stream.update(head + GAP + textSoFar);
        }

        @Override
        public void complete(Reply.Text finalText) {
            stream.complete(withHead(finalText));
        }

        @Override
        public void abort(Reply.Text apology) {
            stream.abort(withHead(apology));
        }

        private Reply.Text withHead(Reply.Text text) {
            return new Reply.Text(head + GAP + text.text(), text.choices(), false);
        }
    }
}
