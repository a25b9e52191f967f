package de.sprechstunde.discord.testing;

import de.sprechstunde.core.port.SpeechException;
import de.sprechstunde.core.port.SpeechToText;
import de.sprechstunde.core.port.Transcript;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Stands in for Whisper (tested in the speech module): answers with a fixed transcript, but only
 * for real audio, and keeps what it heard so a test can check the bytes came from Discord.
 */
public final class FixedTranscriber implements SpeechToText {

    private final String transcript;
    private final List<byte[]> heard = new CopyOnWriteArrayList<>();

    public FixedTranscriber(String transcript) {
        this.transcript = transcript;
    }

    @Override
    public Transcript transcribe(byte[] audio) throws SpeechException {
        heard.add(audio);
        if (audio.length < 4 || !new String(audio, 0, 4, java.nio.charset.StandardCharsets.ISO_8859_1).equals("OggS")) {
            throw new SpeechException(SpeechException.Kind.CORRUPT_AUDIO, "not an OGG stream");
        }
        return new Transcript(transcript, "de", List.of(), Duration.ofSeconds(2));
    }

    public List<byte[]> heard() {
        return List.copyOf(heard);
    }
}
