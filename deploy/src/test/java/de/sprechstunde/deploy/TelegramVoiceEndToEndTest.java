package de.sprechstunde.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.sprechstunde.core.config.Secret;
import de.sprechstunde.core.pipeline.TutorBot;
import de.sprechstunde.core.pipeline.TutorBotBuilder;
import de.sprechstunde.ollama.OllamaChatModel;
import de.sprechstunde.ollama.OllamaSettings;
import de.sprechstunde.ollama.PreloadGate;
import de.sprechstunde.ollama.fake.FakeOllamaServer;
import de.sprechstunde.speech.SpeechBackend;
import de.sprechstunde.speech.SpeechSettings;
import de.sprechstunde.speech.testing.AudioFacts;
import de.sprechstunde.speech.testing.FakeWhisperServer;
import de.sprechstunde.speech.testing.FakeWyomingServer;
import de.sprechstunde.speech.testing.GermanSpeech;
import de.sprechstunde.speech.testing.SpeechWiring;
import de.sprechstunde.speech.whisper.WhisperSettings;
import de.sprechstunde.speech.wyoming.PiperSettings;
import de.sprechstunde.telegram.TelegramAdapter;
import de.sprechstunde.telegram.TelegramSettings;
import de.sprechstunde.telegram.fake.FakeBotApi;
import de.sprechstunde.telegram.fake.RecordedCall;
import de.sprechstunde.telegram.fake.Updates;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A German voice note made with espeak-ng and ffmpeg goes through the fake Telegram, the real
 * adapter, the real core and the real speech module (ffmpeg, Whisper client, Piper client) with
 * fake Whisper, Ollama and Piper servers, and comes back as a voice message Telegram accepts.
 *
 * <p>It lives in deploy because it wires four modules, as the composition root does.
 */
class TelegramVoiceEndToEndTest {

    private static final long LENA = 4242;
    private static final String SAID = "Ich habe gestern Brot gekauft.";
    private static final String ANSWER = "Sehr schön! Was für Brot hast du gekauft?";

    private final FakeBotApi telegram = new FakeBotApi();
    private final FakeOllamaServer ollama = FakeOllamaServer.start()
            .answering(FakeOllamaServer.FAST_MODEL, ANSWER).answering(FakeOllamaServer.MAIN_MODEL, ANSWER);
    private final FakeWhisperServer whisper = new FakeWhisperServer().hears(SAID);
    private final FakeWyomingServer piper = new FakeWyomingServer().listsVoice("de_DE-thorsten-high");
    private final SpeechBackend speech = SpeechBackend.start(SpeechSettings.defaults()
            .withWhisper(WhisperSettings.at(whisper.uri()))
            .withPiper(PiperSettings.at(piper.address(), "de_DE-thorsten-high")), Clock.systemUTC());
    private final OllamaChatModel model = new OllamaChatModel(OllamaSettings.defaults().toBuilder().host(ollama.url()).build(),
            new PreloadGate());
    private final TutorBot bot = SpeechWiring.applyTo(speech, new TutorBotBuilder(model)).build();
    private final TelegramAdapter adapter = new TelegramAdapter(TelegramSettings.polling(Secret.of(FakeBotApi.TOKEN))
            .withApiUrl(telegram.url()).withPollTimeout(Duration.ofSeconds(1))
            .withSpacing(Duration.ofMillis(50), Duration.ofMillis(50)), bot, Set.of(), Clock.systemUTC());

    TelegramVoiceEndToEndTest() throws Exception {
    }

    @AfterEach
    void stop() {
        adapter.stopReceiving();
        bot.shutdown(Duration.ofSeconds(10));
        adapter.close();
        model.close();
        speech.close();
        piper.close();
        whisper.close();
        ollama.close();
        telegram.close();
    }

    @Test
    void aGermanVoiceNoteIsHeardAnsweredAndSpokenBackAsOggOpus() {
        byte[] note = GermanSpeech.oggOpus(SAID);
        AudioFacts noteFacts = AudioFacts.of(note);
        telegram.file("AwACAgIAAxkBAAIB", "voice/file_0.oga", note);
        adapter.start();

        telegram.enqueue(Updates.of("private-command").set("message.text", "/voice on").node());
        telegram.awaitChat(LENA, texts -> texts.size() == 1);
        telegram.enqueue(Updates.of("private-voice")
                .set("message.voice.duration", Math.max(1, Math.round(noteFacts.seconds())))
                .set("message.voice.file_size", note.length).node());

        RecordedCall voice = telegram.await("sendVoice", 1).get(0);
        AudioFacts reply = AudioFacts.of(voice.files().get("tutor-voice.ogg"));
        assertEquals("ogg", reply.container());
        assertEquals("opus", reply.codec());
        assertTrue(reply.seconds() > 0.3, reply.toString());
        assertEquals(16000, whisper.received().get(0).wav().sampleRate());
        List<String> shown = telegram.chats().texts(LENA);
        // the /voice reply, then one message for the turn: the transcript leads, the answer follows; then one voice message
        assertEquals(3, shown.size(), shown.toString());
        assertEquals("", shown.get(2), "the voice message, without a caption");
        assertTrue(shown.get(1).contains(SAID) && shown.get(1).endsWith(ANSWER), "the transcript leads the answer: " + shown);
        assertEquals(1, telegram.calls("sendVoice").size());
        assertTrue(ollama.questions().get(0).toString().contains(SAID));
    }
}
