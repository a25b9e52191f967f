package de.sprechstunde.speech.audio;

import de.sprechstunde.core.port.PcmAudio;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.time.Duration;
import java.util.Arrays;

/**
 * A RIFF/WAVE file holding 16-bit PCM: reading the header (including the "unknown length" that
 * programs writing to a pipe put there, as espeak-ng and ffmpeg do) and writing one.
 *
 * @param channels      1 for mono
 * @param sampleRate    frames per second
 * @param bitsPerSample bits per sample, 16 for the files this project makes
 * @param data          the sample bytes
 */
public record WavFile(int channels, int sampleRate, int bitsPerSample, byte[] data) {

    private static final int PCM = 1;
    private static final int EXTENSIBLE = 0xFFFE;
    private static final int HEADER_BYTES = 44;

    /** Reads a WAV file; only PCM is accepted. */
    public static WavFile parse(byte[] bytes) {
        ByteBuffer buffer = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        if (bytes.length < 12 || buffer.getInt(0) != fourCc("RIFF") || buffer.getInt(8) != fourCc("WAVE")) {
            throw new IllegalArgumentException("not a RIFF/WAVE file");
        }
        int position = 12;
        int format = -1;
        int channels = 0;
        int sampleRate = 0;
        int bits = 0;
        while (position + 8 <= bytes.length) {
            int id = buffer.getInt(position);
            long size = Integer.toUnsignedLong(buffer.getInt(position + 4));
            int body = position + 8;
            if (id == fourCc("fmt ") && body + 16 <= bytes.length) {
                format = Short.toUnsignedInt(buffer.getShort(body));
                channels = Short.toUnsignedInt(buffer.getShort(body + 2));
                sampleRate = buffer.getInt(body + 4);
                bits = Short.toUnsignedInt(buffer.getShort(body + 14));
            } else if (id == fourCc("data")) {
                if (format != PCM && format != EXTENSIBLE) {
                    throw new IllegalArgumentException("WAV data is not PCM (format " + format + ")");
                }
                // a writer streaming to a pipe cannot know the length and writes 0 or 0xFFFFFFFF
                long available = bytes.length - body;
                long length = size == 0 || size > available ? available : size;
                return new WavFile(channels, sampleRate, bits, Arrays.copyOfRange(bytes, body, body + (int) length));
            }
            position = body + (int) Math.min(size + (size & 1), bytes.length);
        }
        throw new IllegalArgumentException("WAV file has no data chunk");
    }

    /** A 16-bit PCM WAV file of {@code pcm}. */
    public static byte[] of(PcmAudio pcm) {
        byte[] samples = pcm.samples();
        int blockAlign = 2 * pcm.channels();
        ByteBuffer header = ByteBuffer.allocate(HEADER_BYTES + samples.length).order(ByteOrder.LITTLE_ENDIAN);
        header.putInt(fourCc("RIFF")).putInt(36 + samples.length).putInt(fourCc("WAVE"))
                .putInt(fourCc("fmt ")).putInt(16).putShort((short) PCM).putShort((short) pcm.channels())
                .putInt(pcm.sampleRate()).putInt(pcm.sampleRate() * blockAlign).putShort((short) blockAlign).putShort((short) 16)
                .putInt(fourCc("data")).putInt(samples.length).put(samples);
        return header.array();
    }

    public PcmAudio toPcm() {
        if (bitsPerSample != 16) {
            throw new IllegalArgumentException("expected 16-bit samples, got " + bitsPerSample);
        }
        return new PcmAudio(data, sampleRate, channels);
    }

    public Duration duration() {
        int frameBytes = Math.max(1, channels * bitsPerSample / 8);
        return Duration.ofMillis(data.length / frameBytes * 1000L / Math.max(1, sampleRate));
    }

    private static int fourCc(String id) {
        return (id.charAt(0)) | (id.charAt(1) << 8) | (id.charAt(2) << 16) | (id.charAt(3) << 24);
    }

    @Override
    public String toString() {
        return "WavFile[" + channels + " ch, " + sampleRate + " Hz, " + bitsPerSample + " bit, " + data.length + " bytes]";
    }
}
