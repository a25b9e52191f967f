package de.sprechstunde.speech.ffmpeg;

import java.io.IOException;

/** An ffmpeg or ffprobe run took longer than allowed and was killed. */
final class ProcessTimedOutException extends IOException {

    private static final long serialVersionUID = 1L;

    ProcessTimedOutException(String message) {
        super(message);
    }
}
