package de.sprechstunde.core.message;

import java.util.Objects;

/** What a learner sent: text, a voice note, or something the tutor cannot use. */
public sealed interface MessageContent {

    /** Plain text; commands are text starting with {@code /}. */
    record Text(String text) implements MessageContent {
        public Text {
            Objects.requireNonNull(text, "text");
        }
    }

    /** A voice note or audio file to transcribe. */
    record Voice(VoiceNote note) implements MessageContent {
        public Voice {
            Objects.requireNonNull(note, "note");
        }
    }

    /**
     * A message kind the tutor does not handle (sticker, photo, location, …).
     *
     * @param kind a short bounded name such as {@code sticker}, used in replies, logs and metrics
     */
    record Unsupported(String kind) implements MessageContent {
        public Unsupported {
            Objects.requireNonNull(kind, "kind");
        }
    }
}
