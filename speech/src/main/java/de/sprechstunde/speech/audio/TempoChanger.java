package de.sprechstunde.speech.audio;

import de.sprechstunde.core.port.PcmAudio;
import de.sprechstunde.core.port.SpeechException;

/** Plays speech slower without lowering its pitch, for voices that cannot speak slowly themselves (Piper). */
@FunctionalInterface
public interface TempoChanger {

    /**
     * @param tempo between 0.5 and 1, e.g. 0.75 for three quarters of the speed
     * @throws SpeechException NOT_CONFIGURED, UNAVAILABLE or TIMEOUT
     */
    PcmAudio slower(PcmAudio pcm, double tempo) throws SpeechException;
}
