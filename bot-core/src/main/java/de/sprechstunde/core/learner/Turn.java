package de.sprechstunde.core.learner;

import java.time.Instant;
import java.util.Objects;

/**
 * One utterance in a learner's conversation history.
 *
 * @param speaker who said it
 * @param text    what was said (a voice note's transcript for voice turns)
 * @param at      when
 */
public record Turn(Speaker speaker, String text, Instant at) {

    /** The two sides of a tutoring conversation. */
    public enum Speaker {
        LEARNER,
        TUTOR
    }

    public Turn {
        Objects.requireNonNull(speaker, "speaker");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(at, "at");
    }

    public static Turn learner(String text, Instant at) {
        return new Turn(Speaker.LEARNER, text, at);
    }

    public static Turn tutor(String text, Instant at) {
        return new Turn(Speaker.TUTOR, text, at);
    }
}
