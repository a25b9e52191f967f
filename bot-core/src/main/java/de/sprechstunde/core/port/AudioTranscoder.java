package de.sprechstunde.core.port;

import de.sprechstunde.core.message.VoiceClip;

/**
 * Converts audio between what platforms send, what the recogniser needs and what platforms accept
 * as voice messages (ffmpeg).
 *
 * <p>Thread-safe; each call may start an external process and blocks until it ends.
 */
public interface AudioTranscoder {

    /**
     * Any incoming audio (OGG/Opus, MP3, M4A, WAV) to 16 kHz mono 16-bit PCM WAV.
     *
     * @throws SpeechException CORRUPT_AUDIO, TOO_LONG, TOO_LARGE, NOT_CONFIGURED or TIMEOUT
     */
    byte[] toRecognizerWav(byte[] audio) throws SpeechException;

    /**
     * Synthesised speech to an OGG/Opus voice message (48 kHz) with its duration and waveform.
     *
     * @throws SpeechException NOT_CONFIGURED or TIMEOUT
     */
    VoiceClip toVoiceClip(PcmAudio pcm) throws SpeechException;

    /**
     * Starts a voice message that is encoded while its speech arrives piece by piece. The default
     * collects the pieces and encodes them with {@link #toVoiceClip} at the end; ffmpeg's encodes
     * as they come.
     */
    default VoiceClipEncoder startVoiceClip() {
        return new VoiceClipEncoder.Collected(this);
    }

    /** No ffmpeg: every conversion fails with NOT_CONFIGURED. */
    AudioTranscoder NONE = new AudioTranscoder() {
        @Override
        public byte[] toRecognizerWav(byte[] audio) throws SpeechException {
            throw new SpeechException(SpeechException.Kind.NOT_CONFIGURED, "ffmpeg is not available");
        }

        @Override
        public VoiceClip toVoiceClip(PcmAudio pcm) throws SpeechException {
            throw new SpeechException(SpeechException.Kind.NOT_CONFIGURED, "ffmpeg is not available");
        }
    };
}
