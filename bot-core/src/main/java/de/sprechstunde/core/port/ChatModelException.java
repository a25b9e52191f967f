package de.sprechstunde.core.port;

import java.util.Objects;

/** The chat model could not answer. The reason decides what the learner is told. */
public class ChatModelException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Why the model could not answer. */
    public enum Reason {
        /** The model server cannot be reached. */
        UNAVAILABLE,
        /** The server runs but does not have the model. */
        MODEL_MISSING,
        /** No answer in time. */
        TIMEOUT,
        /** The server answered with an error. */
        FAILED
    }

    private final Reason reason;

    public ChatModelException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    public ChatModelException(Reason reason, String message) {
        this(reason, message, null);
    }

    public Reason reason() {
        return reason;
    }
}
