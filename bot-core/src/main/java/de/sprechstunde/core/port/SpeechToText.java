package de.sprechstunde.core.port;

/**
 * Speech recognition (Whisper).
 *
 * <p>Thread-safe; blocks until the transcript is ready, so it runs on the core's workers.
 */
public interface SpeechToText {

    /**
     * Transcribes German speech.
     *
     * @param wav16kMono a 16 kHz mono 16-bit PCM WAV file, as {@link AudioTranscoder#toRecognizerWav} makes it
     * @throws SpeechException NOT_CONFIGURED, UNAVAILABLE, TIMEOUT, CORRUPT_AUDIO or NO_SPEECH
     */
    Transcript transcribe(byte[] wav16kMono) throws SpeechException;
}
