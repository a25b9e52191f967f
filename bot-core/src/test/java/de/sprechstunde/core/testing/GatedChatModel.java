package de.sprechstunde.core.testing;

import de.sprechstunde.core.port.ChatAnswer;
import de.sprechstunde.core.port.ChatModel;
import de.sprechstunde.core.port.ChatModelException;
import de.sprechstunde.core.port.ChatRequest;
import de.sprechstunde.core.port.ModelTier;
import de.sprechstunde.core.port.TokenListener;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** A model that streams its first word, then waits for the test to {@link #release()} it before finishing. */
public final class GatedChatModel implements ChatModel {

    private final CountDownLatch started = new CountDownLatch(1);
    private final CountDownLatch gate = new CountDownLatch(1);
    private final String answer;
    private final int wordsBeforeGate;

    public GatedChatModel(String answer) {
        this(answer, 1);
    }

    /** Streams the first {@code wordsBeforeGate} words, then holds the rest until {@link #release}. */
    public GatedChatModel(String answer, int wordsBeforeGate) {
        this.answer = answer;
        this.wordsBeforeGate = wordsBeforeGate;
    }

    @Override
    public ChatAnswer chat(ChatRequest request, TokenListener listener) throws ChatModelException {
        String[] words = answer.split(" ");
        String first = String.join(" ", java.util.Arrays.copyOf(words, Math.min(wordsBeforeGate, words.length))) + " ";
        listener.onToken(first, first);
        started.countDown();
        try {
            if (!gate.await(60, TimeUnit.SECONDS)) {
                throw new ChatModelException(ChatModelException.Reason.TIMEOUT, "gate never opened");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ChatModelException(ChatModelException.Reason.TIMEOUT, "interrupted");
        }
        listener.onToken(answer.substring(first.length()), answer);
        return new ChatAnswer(answer, "gated", Duration.ofMillis(1), Duration.ofMillis(1));
    }

    @Override
    public String modelName(ModelTier tier) {
        return "gated";
    }

    /** Waits until a request is being answered. */
    public void awaitStarted() throws InterruptedException {
        if (!started.await(20, TimeUnit.SECONDS)) {
            throw new AssertionError("the model was never asked");
        }
    }

    public void release() {
        gate.countDown();
    }

    /** Releases the model from another thread after {@code delay}, e.g. while a shutdown waits for it. */
    public Thread releaseAfter(Duration delay) {
        Thread releaser = new Thread(() -> {
            try {
                Thread.sleep(delay.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            release();
        }, "release-gated-model");
        releaser.start();
        return releaser;
    }
}
