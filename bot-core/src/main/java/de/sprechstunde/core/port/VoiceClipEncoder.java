package de.sprechstunde.core.port;

import de.sprechstunde.core.message.VoiceClip;
import java.util.ArrayList;
import java.util.List;

/**
 * One voice message whose speech arrives piece by piece (sentence by sentence, as the voice
 * finishes them), so that encoding runs while the rest is still being synthesised. Pieces are
 * appended in order from one thread at a time; {@link #finish} is called once, after the last.
 */
public interface VoiceClipEncoder extends AutoCloseable {

    /**
     * Adds the next piece. Every piece has the first one's sample rate and channels.
     *
     * @throws SpeechException UNAVAILABLE or TIMEOUT when the encoding broke off
     */
    void append(PcmAudio pcm) throws SpeechException;

    /**
     * Ends the clip.
     *
     * @return the whole voice message: every piece, in order
     * @throws SpeechException NOT_CONFIGURED, UNAVAILABLE or TIMEOUT
     */
    VoiceClip finish() throws SpeechException;

    /** Drops an unfinished clip and frees what it holds; does nothing after {@link #finish}. Never throws. */
    @Override
    void close();

    /** Collects the pieces and encodes them at the end with {@link AudioTranscoder#toVoiceClip}. */
    final class Collected implements VoiceClipEncoder {
        private final AudioTranscoder transcoder;
        private final List<PcmAudio> pieces = new ArrayList<>();

        public Collected(AudioTranscoder transcoder) {
            this.transcoder = transcoder;
        }

        @Override
        public void append(PcmAudio pcm) {
            pieces.add(pcm);
        }

        @Override
        public VoiceClip finish() throws SpeechException {
            return transcoder.toVoiceClip(PcmAudio.concat(pieces));
        }

        @Override
        public void close() {
            pieces.clear();
        }
    }
}
