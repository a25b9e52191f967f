package de.sprechstunde.core.tutor;

import de.sprechstunde.core.message.VoiceClip;
import de.sprechstunde.core.port.AudioTranscoder;
import de.sprechstunde.core.port.PcmAudio;
import java.time.Duration;

/** A transcoder for core tests that hands audio on unchanged; real conversions are tested in the speech module. */
final class PassThroughTranscoder implements AudioTranscoder {

    @Override
    public byte[] toRecognizerWav(byte[] audio) {
        return audio;
    }

    @Override
    public VoiceClip toVoiceClip(PcmAudio pcm) {
        return new VoiceClip(pcm.samples(), pcm.duration(), new byte[0], "");
    }
}
