package de.sprechstunde.discord.testing;

import de.sprechstunde.core.message.VoiceClip;
import de.sprechstunde.core.port.AudioTranscoder;
import de.sprechstunde.core.port.PcmAudio;
import java.time.Duration;

/**
 * Stands in for the speech module's ffmpeg transcoder: hands incoming audio on unchanged and turns
 * any synthesised speech into one prepared OGG/Opus clip with a waveform.
 */
public final class PassThroughTranscoder implements AudioTranscoder {

    private final byte[] clip;

    public PassThroughTranscoder(byte[] oggOpusClip) {
        this.clip = oggOpusClip;
    }

    @Override
    public byte[] toRecognizerWav(byte[] audio) {
        return audio;
    }

    @Override
    public VoiceClip toVoiceClip(PcmAudio pcm) {
        byte[] waveform = new byte[40];
        for (int i = 0; i < waveform.length; i++) {
            waveform[i] = (byte) (i * 6);
        }
        return new VoiceClip(clip, Duration.ofMillis(2300), waveform, "");
    }
}
