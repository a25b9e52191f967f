package de.sprechstunde.speech.espeak;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.sprechstunde.core.port.ComponentHealth;
import de.sprechstunde.core.port.PcmAudio;
import de.sprechstunde.core.port.SpeakingRate;
import java.io.IOException;
import java.time.Clock;
import org.junit.jupiter.api.Test;

class EspeakVoiceTest {

    @Test
    void speaksGermanAndSpeaksSlowlyWhenAsked() throws Exception {
        try (EspeakVoice voice = EspeakVoice.find(EspeakSettings.defaults())) {
            PcmAudio normal = voice.synthesize("Die Straßenbahnhaltestelle", SpeakingRate.NORMAL);
            PcmAudio slow = voice.synthesize("Die Straßenbahnhaltestelle", SpeakingRate.SLOW);

            assertEquals(1, normal.channels());
            assertTrue(normal.duration().toMillis() > 500, normal.toString());
            assertTrue(slow.duration().compareTo(normal.duration()) > 0, slow.duration() + " vs " + normal.duration());
            assertEquals("espeak-ng:de", voice.voiceName());
        }
    }

    @Test
    void textIsNeverTakenForAnOption() throws Exception {
        try (EspeakVoice voice = EspeakVoice.find(EspeakSettings.defaults())) {
            assertTrue(voice.synthesize("--version -w /tmp/x", SpeakingRate.NORMAL).samples().length > 0);
        }
    }

    @Test
    void aMissingEspeakIsReportedAndItsHealthIsUpWhenPresent() throws Exception {
        assertThrows(IOException.class, () -> EspeakVoice.find(EspeakSettings.defaults().withPath("/nowhere/espeak-ng")));
        try (EspeakVoice voice = EspeakVoice.find(EspeakSettings.defaults())) {
            ComponentHealth health = new EspeakHealth(voice, Clock.systemUTC()).check();
            assertEquals(ComponentHealth.Status.UP, health.status());
            assertEquals("espeak-ng", health.name());
        }
    }
}
