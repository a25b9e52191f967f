package de.sprechstunde.core.port;

/**
 * A German voice (Piper, or espeak-ng as the fallback).
 *
 * <p>Thread-safe; blocks until the audio is complete.
 */
public interface TextToSpeech {

    /**
     * Speaks German text.
     *
     * @throws SpeechException NOT_CONFIGURED, UNAVAILABLE or TIMEOUT
     */
    PcmAudio synthesize(String text, SpeakingRate rate) throws SpeechException;

    /** The voice's name, e.g. {@code de_DE-thorsten-high}; part of audio cache keys. */
    String voiceName();
}
