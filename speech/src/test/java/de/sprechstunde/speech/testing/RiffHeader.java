package de.sprechstunde.speech.testing;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * The format of a WAV file as its canonical header states it, read independently of the code
 * under test.
 */
public record RiffHeader(boolean wav, int format, int channels, int sampleRate, int bitsPerSample) {

    public static RiffHeader of(byte[] bytes) {
        if (bytes.length < 36 || !"RIFF".equals(ascii(bytes, 0)) || !"WAVE".equals(ascii(bytes, 8)) || !"fmt ".equals(ascii(bytes, 12))) {
            return new RiffHeader(false, 0, 0, 0, 0);
        }
        ByteBuffer le = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        return new RiffHeader(true, le.getShort(20), le.getShort(22), le.getInt(24), le.getShort(34));
    }

    public boolean isSixteenKilohertzMonoPcm() {
        return wav && format == 1 && channels == 1 && sampleRate == 16_000 && bitsPerSample == 16;
    }

    private static String ascii(byte[] bytes, int at) {
        return new String(bytes, at, 4, StandardCharsets.US_ASCII);
    }
}
