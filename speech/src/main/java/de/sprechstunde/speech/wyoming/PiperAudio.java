package de.sprechstunde.speech.wyoming;

import de.sprechstunde.core.port.PcmAudio;
import de.sprechstunde.core.port.SpeechException;
import de.sprechstunde.core.port.SpeechException.Kind;
import java.io.ByteArrayOutputStream;
import java.time.Instant;

/**
 * Collects one synthesis answer: the format from {@code audio-start} (or the first chunk), the
 * samples of the {@code audio-chunk}s, the end at {@code audio-stop}; an {@code error} event or a
 * broken rule refuses it. Not thread-safe: one per exchange.
 */
final class PiperAudio {

    /** The answer cannot become audio. */
    static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;
        private final Kind kind;

        Refused(Kind kind, String message) {
            super(message);
            this.kind = kind;
        }

        SpeechException asSpeechException() {
            return new SpeechException(kind, getMessage(), this);
        }
    }

    private final int maxBytes;
    private final Instant deadline;
    private final ByteArrayOutputStream samples = new ByteArrayOutputStream();
    private int rate;
    private int channels;
    private boolean started;
    private boolean complete;

    PiperAudio(int maxBytes, Instant deadline) {
        this.maxBytes = maxBytes;
        this.deadline = deadline;
    }

    void accept(WyomingEvent event, Instant now) throws Refused {
        if (now.isAfter(deadline)) {
            throw new Refused(Kind.TIMEOUT, "piper did not finish in time");
        }
        switch (event.type()) {
            case "audio-start" -> format(event);
            case "audio-chunk" -> {
                if (!started) {
                    format(event);
                }
                if (samples.size() + event.payload().length > maxBytes) {
                    throw new Refused(Kind.UNAVAILABLE, "piper sent more than " + maxBytes + " bytes of audio");
                }
                samples.writeBytes(event.payload());
            }
            case "audio-stop" -> complete = true;
            case "error" -> throw new Refused(Kind.UNAVAILABLE, "piper refused: " + event.data().path("text").asText("?")
                    + " (" + event.data().path("code").asText("no code") + ")");
            default -> {
                // other events (e.g. synthesize-stopped from newer servers) carry nothing needed here
            }
        }
    }

    private void format(WyomingEvent event) throws Refused {
        int width = event.data().path("width").asInt(0);
        rate = event.data().path("rate").asInt(0);
        channels = event.data().path("channels").asInt(0);
        if (width != 2 || rate <= 0 || channels <= 0) {
            throw new Refused(Kind.UNAVAILABLE, "piper sent unsupported audio: " + event.data());
        }
        started = true;
    }

    boolean started() {
        return started;
    }

    boolean complete() {
        return complete;
    }

    PcmAudio pcm() throws Refused {
        if (!started || samples.size() == 0) {
            throw new Refused(Kind.UNAVAILABLE, "piper returned no audio");
        }
        return new PcmAudio(samples.toByteArray(), rate, channels);
    }
}
