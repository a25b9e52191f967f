package de.sprechstunde.bench.load;

import de.sprechstunde.core.message.Reply;
import de.sprechstunde.core.message.ReplySink;
import de.sprechstunde.core.message.TextStream;

/** A sink that shows nothing and remembers when the first output of any kind (text, stream update) came. */
final class FirstOutputSink implements ReplySink {

    private volatile long firstNanos;

    long firstNanos() {
        return firstNanos;
    }

    private void mark() {
        if (firstNanos == 0) {
            firstNanos = System.nanoTime();
        }
    }

    @Override
    public void send(Reply reply) {
        mark();
    }

    @Override
    public TextStream stream() {
        return new TextStream() {
            @Override
            public void update(String textSoFar) {
                mark();
            }

            @Override
            public void complete(Reply.Text finalText) {
                mark();
            }

            @Override
            public void abort(Reply.Text apology) {
                mark();
            }
        };
    }
}
