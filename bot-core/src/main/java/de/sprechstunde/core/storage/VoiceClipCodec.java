package de.sprechstunde.core.storage;

import de.sprechstunde.core.message.VoiceClip;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;

/** A voice clip as one byte array (version, duration, waveform, caption, OGG bytes) for a binary cache value. */
public final class VoiceClipCodec {

    private static final byte VERSION = 1;

    private VoiceClipCodec() {
    }

    public static byte[] encode(VoiceClip clip) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(clip.oggOpus().length + clip.waveform().length + 64);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeByte(VERSION);
            out.writeLong(clip.duration().toMillis());
            out.writeInt(clip.waveform().length);
            out.write(clip.waveform());
            out.writeUTF(clip.caption());
            out.writeInt(clip.oggOpus().length);
            out.write(clip.oggOpus());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** @throws IllegalArgumentException when the bytes are not a clip of this version */
    public static VoiceClip decode(byte[] encoded) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(encoded))) {
            if (in.readByte() != VERSION) {
                throw new IllegalArgumentException("unknown voice clip encoding");
            }
            Duration duration = Duration.ofMillis(in.readLong());
            byte[] waveform = in.readNBytes(in.readInt());
            String caption = in.readUTF();
            byte[] ogg = in.readNBytes(in.readInt());
            return new VoiceClip(ogg, duration, waveform, caption);
        } catch (IOException e) {
            throw new IllegalArgumentException("corrupt voice clip", e);
        }
    }
}
