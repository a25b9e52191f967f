package de.sprechstunde.speech.audio;

import de.sprechstunde.core.port.PcmAudio;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.ShortBuffer;

/**
 * The amplitude preview Discord shows for a voice message: 256 bars (0–255), each the loudness
 * (RMS) of one 256th of the clip, scaled so the loudest bar is 255.
 */
public final class Waveform {

    public static final int BARS = 256;

    private Waveform() {
    }

    public static byte[] of(PcmAudio pcm) {
        ShortBuffer samples = ByteBuffer.wrap(pcm.samples()).order(ByteOrder.LITTLE_ENDIAN).asShortBuffer();
        int total = samples.remaining();
        double[] rms = new double[BARS];
        double loudest = 0;
        for (int bar = 0; bar < BARS; bar++) {
            int from = (int) ((long) total * bar / BARS);
            int to = (int) ((long) total * (bar + 1) / BARS);
            double sum = 0;
            for (int i = from; i < to; i++) {
                double sample = samples.get(i);
                sum += sample * sample;
            }
            rms[bar] = to > from ? Math.sqrt(sum / (to - from)) : 0;
            loudest = Math.max(loudest, rms[bar]);
        }
        byte[] bars = new byte[BARS];
        for (int bar = 0; bar < BARS; bar++) {
            bars[bar] = (byte) (loudest == 0 ? 0 : Math.round(255 * rms[bar] / loudest));
        }
        return bars;
    }
}
