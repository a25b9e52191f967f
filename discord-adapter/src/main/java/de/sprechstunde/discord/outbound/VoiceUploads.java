package de.sprechstunde.discord.outbound;

import de.sprechstunde.core.message.VoiceClip;
import java.util.Arrays;
import net.dv8tion.jda.api.utils.FileUpload;
import okhttp3.MediaType;

/**
 * A {@link VoiceClip} as a Discord voice message upload: OGG/Opus with a waveform of 1–256 bytes
 * and a positive duration, which is what makes JDA set the voice-message flag.
 */
final class VoiceUploads {

    static final String FILE_NAME = "voice-message.ogg";
    private static final MediaType OGG = MediaType.parse("audio/ogg");
    private static final int MAX_WAVEFORM = 256;
    private static final int FLAT_WAVEFORM_LENGTH = 64;
    private static final byte FLAT_LEVEL = (byte) 96;

    private VoiceUploads() {
    }

    static FileUpload of(VoiceClip clip) {
        double seconds = Math.max(clip.duration().toMillis(), 100) / 1000.0;
        return FileUpload.fromData(clip.oggOpus(), FILE_NAME).asVoiceMessage(OGG, waveform(clip.waveform()), seconds);
    }

    /** The clip's waveform squeezed to at most 256 samples; a flat line when the clip has none. */
    static byte[] waveform(byte[] samples) {
        if (samples.length == 0) {
            byte[] flat = new byte[FLAT_WAVEFORM_LENGTH];
            Arrays.fill(flat, FLAT_LEVEL);
            return flat;
        }
        if (samples.length <= MAX_WAVEFORM) {
            return samples;
        }
        byte[] squeezed = new byte[MAX_WAVEFORM];
        for (int i = 0; i < MAX_WAVEFORM; i++) {
            int from = (int) ((long) i * samples.length / MAX_WAVEFORM);
            int to = (int) ((long) (i + 1) * samples.length / MAX_WAVEFORM);
            int peak = 0;
            for (int j = from; j < to; j++) {
                peak = Math.max(peak, samples[j] & 0xFF);
            }
            squeezed[i] = (byte) peak;
        }
        return squeezed;
    }
}
