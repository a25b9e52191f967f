package de.sprechstunde.speech.whisper;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.sprechstunde.core.port.ComponentHealth;
import de.sprechstunde.core.port.SpeechException;
import de.sprechstunde.core.port.TranscribedWord;
import de.sprechstunde.core.port.Transcript;
import de.sprechstunde.speech.testing.FakeWhisperServer;
import de.sprechstunde.speech.testing.GermanSpeech;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class WhisperClientTest {

    private static final String PHRASE = "Ich möchte zwei Brötchen, bitte.";

    private final FakeWhisperServer whisper = new FakeWhisperServer().hears(PHRASE);

    @AfterEach
    void stop() {
        whisper.close();
    }

    private WhisperClient client(WhisperApi api) {
        return new WhisperClient(WhisperSettings.at(whisper.uri()).withApi(api).withModel("Systran/faster-whisper-medium"));
    }

    @Test
    void theAsrApiGetsSixteenKilohertzMonoWavWithGermanPinned() throws Exception {
        Transcript transcript = client(WhisperApi.ASR).transcribe(GermanSpeech.recognizerWav(PHRASE));

        assertEquals(PHRASE, transcript.text());
        assertEquals("de", transcript.language());
        FakeWhisperServer.Received request = whisper.received().get(0);
        assertEquals("/asr", request.path());
        assertEquals("de", request.query().get("language"));
        assertEquals("transcribe", request.query().get("task"));
        assertEquals("json", request.query().get("output"));
        assertEquals("true", request.query().get("word_timestamps"));
        assertEquals("true", request.query().get("encode"));
        assertEquals("audio_file", request.filePart());
        assertEquals("voice.wav", request.fileName());
        assertTrue(request.wav().isSixteenKilohertzMonoPcm(), request.wav().toString());
    }

    @Test
    void theAsrApiKeepsWordTimingsAndProbabilities() throws Exception {
        whisper.probability("Brötchen", 0.31);

        Transcript transcript = client(WhisperApi.ASR).transcribe(GermanSpeech.recognizerWav(PHRASE));

        List<TranscribedWord> words = transcript.words();
        assertEquals(5, words.size());
        TranscribedWord rolls = words.get(3);
        assertEquals(" Brötchen,", rolls.word());
        assertEquals(1.5, rolls.start(), 1e-9);
        assertEquals(1.9, rolls.end(), 1e-9);
        assertEquals(0.31, rolls.probability().orElseThrow(), 1e-9);
        assertTrue(transcript.duration().toMillis() > 1000, "the duration comes from the WAV: " + transcript.duration());
    }

    @Test
    void theOpenAiApiGetsModelLanguageAndWordGranularityInTheForm() throws Exception {
        Transcript transcript = client(WhisperApi.OPENAI).transcribe(GermanSpeech.recognizerWav(PHRASE));

        assertEquals(PHRASE, transcript.text());
        assertEquals(5, transcript.words().size());
        assertTrue(transcript.words().get(0).probability().isEmpty(), "the OpenAI API reports no probabilities");
        assertEquals(Duration.ofMillis(2500), transcript.duration());
        FakeWhisperServer.Received request = whisper.received().get(0);
        assertEquals("/v1/audio/transcriptions", request.path());
        assertEquals("file", request.filePart());
        assertEquals("Systran/faster-whisper-medium", request.fields().get("model"));
        assertEquals("de", request.fields().get("language"));
        assertEquals("verbose_json", request.fields().get("response_format"));
        assertTrue(request.granularities().contains("word"), request.granularities().toString());
        assertTrue(request.wav().isSixteenKilohertzMonoPcm());
    }

    @Test
    void audioTheServerCannotReadIsACorruptAudioError() {
        // espeak-ng's 22050 Hz WAV is refused by the fake, as a real server refuses undecodable audio
        SpeechException e = assertThrows(SpeechException.class, () -> client(WhisperApi.OPENAI).transcribe(GermanSpeech.wav(PHRASE)));

        assertEquals(SpeechException.Kind.CORRUPT_AUDIO, e.kind());
    }

    @Test
    void aBusyServerIsTriedAgain() throws Exception {
        whisper.answerNext(503, "application/json", "{\"detail\":\"model loading\"}");

        Transcript transcript = client(WhisperApi.ASR).transcribe(GermanSpeech.recognizerWav(PHRASE));

        assertEquals(PHRASE, transcript.text());
        assertEquals(2, whisper.received().size());
    }

    @Test
    void aDroppedConnectionIsTriedAgain() throws Exception {
        whisper.dropNext();

        Transcript transcript = client(WhisperApi.OPENAI).transcribe(GermanSpeech.recognizerWav(PHRASE));

        assertEquals(PHRASE, transcript.text());
        assertEquals(2, whisper.received().size());
    }

    @Test
    void aServerThatKeepsFailingIsUnavailableAfterTheLastAttempt() {
        whisper.answerNext(500, "text/plain", "Internal Server Error").answerNext(500, "text/plain", "Internal Server Error");

        SpeechException e = assertThrows(SpeechException.class, () -> client(WhisperApi.ASR).transcribe(GermanSpeech.recognizerWav(PHRASE)));

        assertEquals(SpeechException.Kind.UNAVAILABLE, e.kind());
        assertEquals(2, whisper.received().size());
    }

    @Test
    void aServerThatIsDownIsUnavailable() throws Exception {
        URI closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = URI.create("http://127.0.0.1:" + socket.getLocalPort());
        }
        WhisperClient client = new WhisperClient(WhisperSettings.at(closed));

        SpeechException e = assertThrows(SpeechException.class, () -> client.transcribe(GermanSpeech.recognizerWav(PHRASE)));

        assertEquals(SpeechException.Kind.UNAVAILABLE, e.kind());
        assertEquals(ComponentHealth.Status.DOWN, new WhisperHealth(client, Clock.systemUTC()).check().status());
    }

    @Test
    void aSlowServerTimesOutWithoutASecondTry() {
        whisper.stallNext(Duration.ofSeconds(5));
        WhisperClient impatient = new WhisperClient(WhisperSettings.at(whisper.uri()).withRequestTimeout(Duration.ofMillis(300)));

        SpeechException e = assertThrows(SpeechException.class, () -> impatient.transcribe(GermanSpeech.recognizerWav(PHRASE)));

        assertEquals(SpeechException.Kind.TIMEOUT, e.kind());
        assertEquals(1, whisper.received().size());
    }

    @Test
    void silenceIsNoSpeechEvenWhenWhisperInventsASubtitle() {
        String hallucination = "{\"text\":\" Untertitel im Auftrag des ZDF, 2020\",\"segments\":[{\"id\":0,\"seek\":0,\"start\":0.0,"
                + "\"end\":2.0,\"text\":\" Untertitel im Auftrag des ZDF, 2020\",\"tokens\":[50364],\"temperature\":0.0,"
                + "\"avg_logprob\":-1.4,\"compression_ratio\":0.9,\"no_speech_prob\":0.87,\"words\":[]}],\"language\":\"de\"}";
        whisper.answerNext(200, "text/plain", hallucination).answerNext(200, "text/plain", "{\"text\":\"\",\"segments\":[],\"language\":\"de\"}");

        for (int i = 0; i < 2; i++) {
            SpeechException e = assertThrows(SpeechException.class, () -> client(WhisperApi.ASR).transcribe(GermanSpeech.recognizerWav(PHRASE)));
            assertEquals(SpeechException.Kind.NO_SPEECH, e.kind());
        }
    }

    @Test
    void aWrongApiIsExplainedAsUnavailable() {
        whisper.answerNext(404, "application/json", "{\"detail\":\"Not Found\"}");

        SpeechException e = assertThrows(SpeechException.class, () -> client(WhisperApi.OPENAI).transcribe(GermanSpeech.recognizerWav(PHRASE)));

        assertEquals(SpeechException.Kind.UNAVAILABLE, e.kind());
    }

    @Test
    void healthAsksTheServersStatusPage() {
        assertEquals(ComponentHealth.Status.UP, new WhisperHealth(client(WhisperApi.ASR), Clock.systemUTC()).check().status());
        assertEquals(ComponentHealth.Status.UP, new WhisperHealth(client(WhisperApi.OPENAI), Clock.systemUTC()).check().status());

        whisper.healthStatus(503);

        assertEquals(ComponentHealth.Status.DOWN, new WhisperHealth(client(WhisperApi.ASR), Clock.systemUTC()).check().status());
    }
}
