package de.sprechstunde.core.testing;

import de.sprechstunde.core.message.Activity;
import de.sprechstunde.core.message.Reply;
import de.sprechstunde.core.message.ReplySink;
import de.sprechstunde.core.message.TextStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A reply sink that records everything the core sends, in order. Streams are recorded as their
 * final (or apology) text; the partial updates are kept apart for tests of streaming.
 */
public final class RecordingReplySink implements ReplySink {

    private final List<Reply> replies = new CopyOnWriteArrayList<>();
    private final List<String> streamUpdates = new CopyOnWriteArrayList<>();
    private final List<Activity> activities = new CopyOnWriteArrayList<>();

    @Override
    public void send(Reply reply) {
        replies.add(reply);
    }

    @Override
    public TextStream stream() {
        return new TextStream() {
            @Override
            public void update(String textSoFar) {
                streamUpdates.add(textSoFar);
            }

            @Override
            public void complete(Reply.Text finalText) {
                replies.add(finalText);
            }

            @Override
            public void abort(Reply.Text apology) {
                replies.add(apology);
            }
        };
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
    }
}
