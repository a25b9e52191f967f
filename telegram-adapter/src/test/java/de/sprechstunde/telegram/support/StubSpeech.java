package de.sprechstunde.telegram.support;

import de.sprechstunde.core.message.VoiceClip;
import de.sprechstunde.core.port.AudioTranscoder;
import de.sprechstunde.core.port.PcmAudio;
import de.sprechstunde.core.port.SpeechException;
import de.sprechstunde.core.port.SpeechToText;
import de.sprechstunde.core.port.Transcript;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Stand-ins for the speech ports in adapter tests, which test how audio gets from Telegram to the
 * core, not speech itself (the end-to-end test uses the real speech module): the "transcoder"
 * passes bytes through and the "recogniser" hears a fixed sentence and records what it was given.
 */
public final class StubSpeech implements SpeechToText, AudioTranscoder {

    private final String heard;
    private final List<byte[]> received = new CopyOnWriteArrayList<>();

    public StubSpeech(String heard) {
        this.heard = heard;
    }

    @Override
    public Transcript transcribe(byte[] wav16kMono) {
        received.add(wav16kMono);
        return new Transcript(heard, "de", List.of(), Duration.ofSeconds(2));
    }

    @Override
    public byte[] toRecognizerWav(byte[] audio) {
        return audio;
    }

    @Override
    public VoiceClip toVoiceClip(PcmAudio pcm) throws SpeechException {
        throw new SpeechException(SpeechException.Kind.NOT_CONFIGURED, "no voice in adapter tests");
    }

    /** The audio the recogniser was given, in order. */
    public List<byte[]> received() {
        return List.copyOf(received);
    }
}
