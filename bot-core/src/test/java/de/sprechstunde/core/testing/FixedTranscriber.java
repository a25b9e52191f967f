package de.sprechstunde.core.testing;

import de.sprechstunde.core.port.SpeechException;
import de.sprechstunde.core.port.SpeechToText;
import de.sprechstunde.core.port.Transcript;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Stands in for Whisper (tested in the speech module): hears a fixed sentence and keeps the audio
 * it was given, so a test can check the bytes came from the platform.
 */
public final class FixedTranscriber implements SpeechToText {

    private final String transcript;
    private final boolean oggOnly;
    private final List<byte[]> heard = new CopyOnWriteArrayList<>();

    private FixedTranscriber(String transcript, boolean oggOnly) {
        this.transcript = transcript;
        this.oggOnly = oggOnly;
    }

    /** Hears {@code transcript} in any audio. */
    public static FixedTranscriber hearing(String transcript) {
        return new FixedTranscriber(transcript, false);
    }

    /** Hears {@code transcript} in an OGG stream and finds anything else corrupt, as Whisper would. */
    public static FixedTranscriber hearingOnlyOgg(String transcript) {
        return new FixedTranscriber(transcript, true);
    }

    @Override
    public Transcript transcribe(byte[] audio) throws SpeechException {
        heard.add(audio);
        if (oggOnly && (audio.length < 4 || !new String(audio, 0, 4, StandardCharsets.ISO_8859_1).equals("OggS"))) {
            throw new SpeechException(SpeechException.Kind.CORRUPT_AUDIO, "not an OGG stream");
        }
        return new Transcript(transcript, "de", List.of(), Duration.ofSeconds(2));
    }

    /** The audio it was given, in order. */
    public List<byte[]> heard() {
        return List.copyOf(heard);
    }
}
