package de.sprechstunde.core.testing;

import de.sprechstunde.core.message.Activity;
import de.sprechstunde.core.message.DeliveryFailedException;
import de.sprechstunde.core.message.Reply;
import de.sprechstunde.core.message.ReplySink;
import de.sprechstunde.core.message.StreamProgress;
import de.sprechstunde.core.message.TextStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A reply sink that records everything the core sends, in order. Streams are recorded as their
 * final (or apology) text; the partial updates are kept apart for tests of streaming.
 */
public final class RecordingReplySink implements ReplySink {

    private final List<Reply> replies = new CopyOnWriteArrayList<>();
    private final List<String> streamUpdates = new CopyOnWriteArrayList<>();
    private final List<Activity> activities = new CopyOnWriteArrayList<>();
    private final AtomicInteger unavailableFor = new AtomicInteger();
    private final List<List<String>> takenOver = new CopyOnWriteArrayList<>();
    private volatile String streamMessageId;

    /** The next {@code replies} sends or stream endings fail as if the platform stayed unavailable. */
    public RecordingReplySink unavailableFor(int replies) {
        unavailableFor.set(replies);
        return this;
    }

    /**
     * Streams report that the platform message {@code id} shows them from their first update on, as
     * an adapter that edits its messages does; the core records it for a replay after a crash.
     */
    public RecordingReplySink streamsShownAs(String id) {
        streamMessageId = id;
        return this;
    }

    @Override
    public void send(Reply reply) {
        deliver(reply);
    }

    private void deliver(Reply reply) {
        if (unavailableFor.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            throw new DeliveryFailedException("the platform stayed unavailable (scripted)", reply);
        }
        replies.add(reply);
    }

    @Override
    public TextStream stream() {
        return recorded(StreamProgress.NONE, null);
    }

    @Override
    public TextStream stream(StreamProgress progress) {
        takenOver.add(progress.shown());
        return recorded(progress, streamMessageId);
    }

    private TextStream recorded(StreamProgress progress, String shownIn) {
        return new TextStream() {
            @Override
            public void update(String textSoFar) {
                streamUpdates.add(textSoFar);
                if (shownIn != null) {
                    progress.showing(List.of(shownIn));
                }
            }

            @Override
            public void complete(Reply.Text finalText) {
                deliver(finalText);
            }

            @Override
            public void abort(Reply.Text apology) {
                deliver(apology);
            }
        };
    }

    /** For each stream started with progress, the platform messages it was to take over (usually none). */
    public List<List<String>> takenOver() {
        return List.copyOf(takenOver);
    }

    @Override
    public void working(Activity activity) {
        activities.add(activity);
    }

    public List<Reply> replies() {
        return List.copyOf(replies);
    }

    /** The texts of all text replies, in order. */
    public List<String> texts() {
        List<String> texts = new ArrayList<>();
        for (Reply reply : replies) {
            if (reply instanceof Reply.Text text) {
                texts.add(text.text());
            }
        }
        return texts;
    }

    /**
     * The text replies cut at their blank lines: a turn's one message holds its transcript, its
     * corrections and the answer, each a block of its own.
     */
    public List<String> blocks() {
        return texts().stream().flatMap(text -> Arrays.stream(text.split("\n\n"))).toList();
    }

    public List<Reply.Image> images() {
        return replies.stream().filter(Reply.Image.class::isInstance).map(Reply.Image.class::cast).toList();
    }

    public List<Reply.Voice> voices() {
        return replies.stream().filter(Reply.Voice.class::isInstance).map(Reply.Voice.class::cast).toList();
    }

    /** The last text reply; fails when there is none. */
    public String lastText() {
        List<String> texts = texts();
        if (texts.isEmpty()) {
            throw new AssertionError("no text reply was sent");
        }
        return texts.get(texts.size() - 1);
    }

    public List<String> streamUpdates() {
        return List.copyOf(streamUpdates);
    }

    public List<Activity> activities() {
        return List.copyOf(activities);
    }

    public void clear() {
        replies.clear();
        streamUpdates.clear();
        activities.clear();
        takenOver.clear();
    }
}
