package de.sprechstunde.core.message;

import java.time.Duration;
import java.util.Objects;

/**
 * A voice message ready to send: OGG/Opus bytes as Telegram and Discord voice messages need them.
 *
 * @param oggOpus  the encoded audio
 * @param duration its length
 * @param waveform up to 256 amplitude samples (0–255) for Discord's voice-message preview; may be empty
 * @param caption  text to show with the clip where the platform allows it; may be empty
 */
public record VoiceClip(byte[] oggOpus, Duration duration, byte[] waveform, String caption) {
    public VoiceClip {
        Objects.requireNonNull(oggOpus, "oggOpus");
        Objects.requireNonNull(duration, "duration");
        waveform = waveform == null ? new byte[0] : waveform;
        caption = caption == null ? "" : caption;
    }

    public VoiceClip withCaption(String newCaption) {
        return new VoiceClip(oggOpus, duration, waveform, newCaption);
    }

    @Override
    public String toString() {
        return "VoiceClip[" + oggOpus.length + " bytes, " + duration.toMillis() + " ms]";
    }
}
