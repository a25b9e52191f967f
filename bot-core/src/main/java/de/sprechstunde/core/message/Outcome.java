package de.sprechstunde.core.message;

import java.util.Locale;

/** How handling one message ended; a bounded tag for metrics and the per-message log line. */
public enum Outcome {
    /** The tutor answered a learner turn (possibly with an honest apology when a backend was down). */
    ANSWERED,
    /** A command ran. */
    COMMAND,
    /** A redelivery of a message already accepted: not answered again. */
    DUPLICATE,
    /** Over the learner's rate limit. */
    RATE_LIMITED,
    /** Input the tutor cannot take (empty, too long, an unusable voice note): explained to the learner. */
    REJECTED,
    /** A message kind the tutor does not handle (sticker, photo, …): explained to the learner. */
    UNSUPPORTED,
    /** Too much work queued: the learner was asked to send again later. */
    BUSY,
    /** An unexpected error: the learner got an apology. */
    FAILED;

    public String tag() {
        return name().toLowerCase(Locale.ROOT);
    }
}
