package de.sprechstunde.speech.ffmpeg;

import java.io.IOException;

/** An ffmpeg or ffprobe run ended with an error; {@link #output()} holds what it said. */
final class ProcessFailedException extends IOException {

    private static final long serialVersionUID = 1L;

    private final String output;

    ProcessFailedException(String message, String output) {
        super(message);
        this.output = output;
    }

    String output() {
        return output;
    }
}
