package de.sprechstunde.core.port;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/** Audio could not be read, transcribed or spoken. The kind decides what the learner is told. */
public class SpeechException extends Exception {

    private static final long serialVersionUID = 1L;

    /** What went wrong, from the learner's point of view. */
    public enum Kind {
        /** The audio cannot be decoded. */
        CORRUPT_AUDIO,
        /** Longer than the configured maximum duration. */
        TOO_LONG,
        /** Larger than the configured maximum size. */
        TOO_LARGE,
        /** Nothing intelligible was said. */
        NO_SPEECH,
        /** The speech service (Whisper, Piper, ffmpeg) is not configured or not installed. */
        NOT_CONFIGURED,
        /** The speech service is configured but cannot be reached or failed. */
        UNAVAILABLE,
        /** No result in time. */
        TIMEOUT
    }

    private final Kind kind;
    private final Duration measured;

    public SpeechException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = Objects.requireNonNull(kind, "kind");
        this.measured = null;
    }

    private SpeechException(Duration measured) {
        super("audio of " + measured.toSeconds() + " s is too long");
        this.kind = Kind.TOO_LONG;
        this.measured = measured;
    }

    /** {@link Kind#TOO_LONG} with the length that was measured, which beats what the platform claimed. */
    public static SpeechException tooLong(Duration measured) {
        return new SpeechException(Objects.requireNonNull(measured, "measured"));
    }

    public SpeechException(Kind kind, String message) {
        this(kind, message, null);
    }

    public Kind kind() {
        return kind;
    }

    /** For {@link Kind#TOO_LONG}: the measured length of the audio, when it was measured. */
    public Optional<Duration> measuredDuration() {
        return Optional.ofNullable(measured);
    }
}
