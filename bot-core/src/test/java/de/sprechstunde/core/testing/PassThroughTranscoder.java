package de.sprechstunde.core.testing;

import de.sprechstunde.core.message.VoiceClip;
import de.sprechstunde.core.port.AudioTranscoder;
import de.sprechstunde.core.port.PcmAudio;
import java.time.Duration;
import java.util.Optional;

/**
 * Stands in for the speech module's ffmpeg transcoder: hands incoming audio on unchanged and turns
 * synthesised speech into a voice clip without converting it (real conversions are tested in the
 * speech module).
 */
public final class PassThroughTranscoder implements AudioTranscoder {

    private final Optional<byte[]> preparedClip;

    /** Voice clips carry the synthesised samples as they are. */
    public PassThroughTranscoder() {
        this.preparedClip = Optional.empty();
    }

    /** Every voice clip is this prepared OGG/Opus clip (2.3 s, with a waveform), for platforms that upload it. */
    public PassThroughTranscoder(byte[] oggOpusClip) {
        this.preparedClip = Optional.of(oggOpusClip.clone());
    }

    @Override
    public byte[] toRecognizerWav(byte[] audio) {
        return audio;
    }

    @Override
    public VoiceClip toVoiceClip(PcmAudio pcm) {
        return preparedClip.map(PassThroughTranscoder::withWaveform)
                .orElseGet(() -> new VoiceClip(pcm.samples(), pcm.duration(), new byte[0], ""));
    }

    private static VoiceClip withWaveform(byte[] clip) {
        byte[] waveform = new byte[40];
        for (int i = 0; i < waveform.length; i++) {
            waveform[i] = (byte) (i * 6);
        }
        return new VoiceClip(clip, Duration.ofMillis(2300), waveform, "");
    }
}
