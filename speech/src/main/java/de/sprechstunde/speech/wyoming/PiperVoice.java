package de.sprechstunde.speech.wyoming;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.sprechstunde.core.port.PcmAudio;
import de.sprechstunde.core.port.SpeakingRate;
import de.sprechstunde.core.port.SpeechException.Kind;
import de.sprechstunde.core.port.SpeechException;
import de.sprechstunde.core.port.TextToSpeech;
import de.sprechstunde.speech.audio.TempoChanger;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.time.Clock;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Piper's voice over the Wyoming protocol: {@code synthesize} → {@code audio-start},
 * {@code audio-chunk}s, {@code audio-stop}. Connections are reused; one that failed, timed out or
 * carried an {@code error} event (after which wyoming-piper closes it) is closed. A pooled
 * connection the server closed while idle is replaced once. Piper has no per-request speed, so slow
 * speech is stretched afterwards by a {@link TempoChanger} when there is one. Thread-safe.
 */
public final class PiperVoice implements TextToSpeech, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(PiperVoice.class);
    /** About 10 minutes of 22 kHz speech: far beyond any reply, small enough to hold. */
    private static final int MAX_AUDIO_BYTES = 32 * 1024 * 1024;

    private final PiperSettings settings;
    private final WyomingPool pool;
    private final Optional<TempoChanger> tempo;
    private final Clock clock;

    public PiperVoice(PiperSettings settings, Optional<TempoChanger> tempo, Clock clock) {
        this.settings = settings;
        this.tempo = tempo;
        this.clock = clock;
        this.pool = new WyomingPool(settings.host(), settings.port(), settings.connectTimeout(), settings.synthesisTimeout(),
                settings.maxIdle(), clock);
    }

    @Override
    public PcmAudio synthesize(String text, SpeakingRate rate) throws SpeechException {
        ObjectNode data = JsonNodeFactory.instance.objectNode();
        data.put("text", text);
        data.putObject("voice").put("name", settings.voice());
        PcmAudio speech = exchange(WyomingEvent.of("synthesize", data));
        if (rate == SpeakingRate.SLOW && tempo.isPresent()) {
            return tempo.get().slower(speech, settings.slowTempo());
        }
        return speech;
    }

    private PcmAudio exchange(WyomingEvent request) throws SpeechException {
        for (int attempt = 1; ; attempt++) {
            WyomingConnection connection = connect();
            PiperAudio audio = new PiperAudio(MAX_AUDIO_BYTES, clock.instant().plus(settings.synthesisTimeout()));
            try {
                connection.send(request);
                while (!audio.complete()) {
                    audio.accept(connection.receive(), clock.instant());
                }
                PcmAudio pcm = audio.pcm();
                pool.release(connection);
                return pcm;
            } catch (PiperAudio.Refused e) {
                pool.discard(connection);
                throw e.asSpeechException();
            } catch (SocketTimeoutException e) {
                pool.discard(connection);
                throw new SpeechException(Kind.TIMEOUT, "piper sent nothing for " + settings.synthesisTimeout().toSeconds() + " s", e);
            } catch (IOException e) {
                pool.discard(connection);
                if (attempt == 1 && connection.reusedBefore() && !audio.started()) {
                    log.debug("pooled piper connection was closed by the server; opening a new one");
                    continue;
                }
                throw new SpeechException(Kind.UNAVAILABLE, "piper at " + pool.address() + " dropped the connection: " + e.getMessage(), e);
            }
        }
    }

    private WyomingConnection connect() throws SpeechException {
        try {
            return pool.borrow();
        } catch (SocketTimeoutException e) {
            throw new SpeechException(Kind.TIMEOUT, "piper at " + pool.address() + " did not accept a connection in time", e);
        } catch (IOException e) {
            throw new SpeechException(Kind.UNAVAILABLE, "piper at " + pool.address() + " is unreachable: " + e.getMessage(), e);
        }
    }

    /** Asks the server to describe itself (the {@code info} event), for health checks. */
    public WyomingEvent describe() throws IOException {
        WyomingConnection connection = pool.borrow();
        try {
            connection.send(WyomingEvent.of("describe"));
            WyomingEvent answer = connection.receive();
            pool.release(connection);
            return answer;
        } catch (IOException e) {
            pool.discard(connection);
            throw e;
        }
    }

    @Override
    public String voiceName() {
        return "piper:" + settings.voice();
    }

    public PiperSettings settings() {
        return settings;
    }

    @Override
    public void close() {
        pool.close();
    }
}
