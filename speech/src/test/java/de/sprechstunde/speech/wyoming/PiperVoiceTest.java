package de.sprechstunde.speech.wyoming;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.sprechstunde.core.port.ComponentHealth;
import de.sprechstunde.core.port.PcmAudio;
import de.sprechstunde.core.port.SpeakingRate;
import de.sprechstunde.core.port.SpeechException;
import de.sprechstunde.speech.audio.TempoChanger;
import de.sprechstunde.speech.audio.WavFile;
import de.sprechstunde.speech.testing.FakeWyomingServer.Mode;
import de.sprechstunde.speech.testing.FakeWyomingServer;
import de.sprechstunde.speech.testing.GermanSpeech;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PiperVoiceTest {

    private static final String TEXT = "Guten Morgen! Wie geht es dir?";

    private final FakeWyomingServer server = new FakeWyomingServer();
    private final List<PiperVoice> voices = new ArrayList<>();

    @AfterEach
    void stop() {
        voices.forEach(PiperVoice::close);
        server.close();
    }

    private PiperVoice piper(PiperSettings settings, Optional<TempoChanger> tempo) {
        PiperVoice voice = new PiperVoice(settings, tempo, Clock.systemUTC());
        voices.add(voice);
        return voice;
    }

    private PiperVoice piper() {
        return piper(PiperSettings.at(server.address(), "de_DE-thorsten-high"), Optional.empty());
    }

    @Test
    void synthesizeReturnsThePcmOfAllChunks() throws Exception {
        PcmAudio pcm = piper().synthesize(TEXT, SpeakingRate.NORMAL);

        PcmAudio expected = WavFile.parse(GermanSpeech.wav(TEXT)).toPcm();
        assertEquals(22050, pcm.sampleRate());
        assertEquals(1, pcm.channels());
        assertEquals(expected.samples().length, pcm.samples().length);
    }

    @Test
    void theRequestIsFramedWithItsDataBehindTheHeader() throws Exception {
        piper().synthesize("Grüß Gott!", SpeakingRate.NORMAL);

        FakeWyomingServer.Received request = server.received().get(0);
        assertEquals("synthesize", request.type());
        assertEquals("Grüß Gott!", request.data().path("text").asText());
        assertEquals("de_DE-thorsten-high", request.data().path("voice").path("name").asText());
        JsonNode header = new ObjectMapper().readTree(request.headerLine());
        assertFalse(header.has("data"), "data travels behind the header line");
        assertFalse(header.has("payload_length"), "no payload, no payload_length");
        String dataJson = "{\"text\":\"Grüß Gott!\",\"voice\":{\"name\":\"de_DE-thorsten-high\"}}";
        assertEquals(dataJson.getBytes(StandardCharsets.UTF_8).length, header.path("data_length").asInt());
    }

    @Test
    void oneConnectionServesSeveralSyntheses() throws Exception {
        PiperVoice piper = piper();

        piper.synthesize("Eins.", SpeakingRate.NORMAL);
        piper.synthesize("Zwei.", SpeakingRate.NORMAL);
        piper.synthesize("Drei.", SpeakingRate.NORMAL);

        assertEquals(1, server.connections());
    }

    @Test
    void anErrorEventIsUnavailableAndTheNextRequestUsesANewConnection() throws Exception {
        server.then(Mode.ERROR);
        PiperVoice piper = piper();

        SpeechException e = assertThrows(SpeechException.class, () -> piper.synthesize(TEXT, SpeakingRate.NORMAL));

        assertEquals(SpeechException.Kind.UNAVAILABLE, e.kind());
        assertTrue(e.getMessage().contains("Voice not found"), e.getMessage());
        assertTrue(piper.synthesize(TEXT, SpeakingRate.NORMAL).samples().length > 0);
        assertEquals(2, server.connections());
    }

    @Test
    void aConnectionDroppedMidStreamIsUnavailableNotHalfASentence() throws Exception {
        server.then(Mode.DROP_MID_STREAM);
        PiperVoice piper = piper();

        SpeechException e = assertThrows(SpeechException.class, () -> piper.synthesize(TEXT, SpeakingRate.NORMAL));

        assertEquals(SpeechException.Kind.UNAVAILABLE, e.kind());
        assertTrue(piper.synthesize(TEXT, SpeakingRate.NORMAL).samples().length > 2048);
    }

    @Test
    void aPooledConnectionTheServerClosedIsReplacedOnce() throws Exception {
        server.closeAfterEachAnswer();
        PiperVoice piper = piper();

        piper.synthesize("Eins.", SpeakingRate.NORMAL);
        piper.synthesize("Zwei.", SpeakingRate.NORMAL);

        assertEquals(2, server.connections());
    }

    @Test
    void aSilentServerTimesOut() {
        server.then(Mode.SILENT);
        PiperVoice piper = piper(PiperSettings.at(server.address(), "de_DE-thorsten-high").withSynthesisTimeout(Duration.ofMillis(400)),
                Optional.empty());

        SpeechException e = assertThrows(SpeechException.class, () -> piper.synthesize(TEXT, SpeakingRate.NORMAL));

        assertEquals(SpeechException.Kind.TIMEOUT, e.kind());
    }

    @Test
    void anUnreachableServerIsUnavailableAndDownInHealth() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        PiperVoice piper = piper(PiperSettings.at("tcp://127.0.0.1:" + closedPort, "de_DE-thorsten-high"), Optional.empty());

        SpeechException e = assertThrows(SpeechException.class, () -> piper.synthesize(TEXT, SpeakingRate.NORMAL));

        assertEquals(SpeechException.Kind.UNAVAILABLE, e.kind());
        assertEquals(ComponentHealth.Status.DOWN, new PiperHealth(piper, Clock.systemUTC()).check().status());
    }

    @Test
    void slowSpeechIsStretchedByTheTempoChanger() throws Exception {
        List<Double> tempos = new ArrayList<>();
        TempoChanger recording = (pcm, tempo) -> {
            tempos.add(tempo);
            return pcm;
        };
        PiperVoice piper = piper(PiperSettings.at(server.address(), "de_DE-thorsten-high"), Optional.of(recording));

        piper.synthesize("Brötchen", SpeakingRate.SLOW);
        piper.synthesize("Brötchen", SpeakingRate.NORMAL);

        assertEquals(List.of(0.75), tempos);
    }

    @Test
    void healthDescribesTheServerAndLooksForTheVoice() {
        ComponentHealth up = new PiperHealth(piper(), Clock.systemUTC()).check();
        server.listsVoice("de_DE-kerstin-low");
        ComponentHealth unknownVoice = new PiperHealth(piper(), Clock.systemUTC()).check();

        assertEquals(ComponentHealth.Status.UP, up.status());
        assertTrue(up.summary().contains("de_DE-thorsten-high"), up.summary());
        assertEquals(ComponentHealth.Status.DEGRADED, unknownVoice.status());
        assertEquals("describe", server.received().get(0).type());
    }

    @Test
    void badAddressesAreRefusedWithAnExample() {
        for (String bad : List.of("piper:10200", "http://piper:10200", "tcp://piper", "tcp://:10200")) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PiperSettings.at(bad, "de_DE-thorsten-high"));
            assertTrue(e.getMessage().contains("tcp://piper:10200"), bad + ": " + e.getMessage());
        }
    }
}
