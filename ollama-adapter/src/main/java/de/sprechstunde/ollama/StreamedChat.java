package de.sprechstunde.ollama;

import de.sprechstunde.core.port.ChatModelException.Reason;
import de.sprechstunde.core.port.ChatModelException;
import de.sprechstunde.core.port.TokenListener;
import io.github.ollama4j.Ollama;
import io.github.ollama4j.models.chat.OllamaChatRequest;
import io.github.ollama4j.models.chat.OllamaChatResponseModel;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One streamed chat attempt. ollama4j holds its thread while it reads the stream, so the call runs
 * on a stream thread and each token is handed to the caller's thread (where the listener must be
 * called) through a queue, while the caller watches the deadlines. Giving up makes the next
 * streamed line abort the request: ollama4j's reader cannot be interrupted, but an exception from
 * its token handler closes the connection, and Ollama stops generating when the client is gone.
 */
final class StreamedChat {

    private final Ollama client;
    private final ExecutorService streams;

    StreamedChat(Ollama client, ExecutorService streams) {
        this.client = client;
        this.streams = streams;
    }

    /** What has reached the learner so far; a retry is allowed only while this is empty. */
    static final class Progress {
        private final StringBuilder text = new StringBuilder();
        private long firstTokenNanos;

        boolean anyToken() {
            return firstTokenNanos != 0;
        }

        String text() {
            return text.toString();
        }

        /** {@link System#nanoTime()} of the first token, or 0. */
        long firstTokenNanos() {
            return firstTokenNanos;
        }

        private void append(String token) {
            if (firstTokenNanos == 0) {
                firstTokenNanos = System.nanoTime();
            }
            text.append(token);
        }
    }

    /**
     * Streams one answer into {@code listener} on the calling thread.
     *
     * @param firstTokenDeadline {@link System#nanoTime()} by which the first token must have come
     * @param totalDeadline      {@link System#nanoTime()} by which the answer must be complete
     * @return Ollama's {@code done_reason}, e.g. {@code stop} or {@code length}
     */
    String run(OllamaChatRequest request, TokenListener listener, Progress progress,
               long firstTokenDeadline, long totalDeadline) throws ChatModelException {
        BlockingQueue<Event> events = new LinkedBlockingQueue<>();
        AtomicBoolean abandoned = new AtomicBoolean();
        Future<?> call = streams.submit(() -> call(request, events, abandoned));
        try {
            while (true) {
                long deadline = progress.anyToken() ? totalDeadline : Math.min(firstTokenDeadline, totalDeadline);
                long wait = deadline - System.nanoTime();
                if (wait <= 0) {
                    throw timeout(progress, deadline == totalDeadline);
                }
                Event event = events.poll(wait, TimeUnit.NANOSECONDS);
                if (event instanceof Token token) {
                    progress.append(token.text());
                    listener.onToken(token.text(), progress.text());
                } else if (event instanceof Done done) {
                    return done.reason();
                } else if (event instanceof Ended) {
                    // ollama4j skips an {"error":…} line (it has no "message") and returns what it has
                    throw new ChatModelException(Reason.FAILED,
                            "the stream ended without its final line (an error line or a cut connection)");
                } else if (event instanceof Failed failed) {
                    throw new ChatModelException(OllamaFailures.reasonOf(failed.error()),
                            OllamaFailures.describe(failed.error()), failed.error());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ChatModelException(Reason.FAILED, "interrupted while waiting for the model", e);
        } finally {
            abandoned.set(true);
            call.cancel(true);
        }
    }

    private void call(OllamaChatRequest request, BlockingQueue<Event> events, AtomicBoolean abandoned) {
        try {
            client.chat(request, line -> relay(line, events, abandoned));
            events.add(new Ended());
        } catch (Exception e) {
            // after an {"error":…} line ollama4j 1.1.5 dereferences the missing "message" of that line
            events.add(rootCause(e) instanceof NullPointerException ? new Ended() : new Failed(e));
        }
    }

    private static void relay(OllamaChatResponseModel line, BlockingQueue<Event> events, AtomicBoolean abandoned) {
        if (abandoned.get()) {
            throw new CancellationException("nobody waits for this answer any more");
        }
        String content = line.getMessage().getResponse();
        if (content != null && !content.isEmpty()) {
            events.add(new Token(content));
        }
        if (line.isDone()) {
            events.add(new Done(line.getDoneReason() == null ? "stop" : line.getDoneReason()));
        }
    }

    private static ChatModelException timeout(Progress progress, boolean total) {
        String what = progress.anyToken() || total ? "the answer was not complete in time" : "no first token in time";
        return new ChatModelException(Reason.TIMEOUT, what);
    }

    private static Throwable rootCause(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root;
    }

    private sealed interface Event permits Token, Done, Ended, Failed {
    }

    private record Token(String text) implements Event {
    }

    private record Done(String reason) implements Event {
    }

    private record Ended() implements Event {
    }

    private record Failed(Exception error) implements Event {
    }
}
