package de.sprechstunde.core.message;

import java.util.List;

/**
 * The platform messages that show one streamed reply, kept by the core with the incoming message
 * so that a replay after a crash edits them instead of leaving a fragment and posting anew.
 * Adapters read {@link #shown()} when the stream starts and report every change of the list.
 */
public interface StreamProgress {

    /** Nothing recorded and nothing to record. */
    StreamProgress NONE = new StreamProgress() {
        @Override
        public List<String> shown() {
            return List.of();
        }

        @Override
        public void showing(List<String> messageIds) {
        }
    };

    /** The platform ids of messages an earlier attempt left showing part of this reply, in order; usually empty. */
    List<String> shown();

    /** The messages now showing the reply, in order. Must be quick; failures are the core's to swallow. */
    void showing(List<String> messageIds);
}
