package de.sprechstunde.speech;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.sprechstunde.core.drill.DrillPhrase;
import de.sprechstunde.core.drill.PhraseCatalog;
import de.sprechstunde.core.health.HealthRegistry;
import de.sprechstunde.core.health.HealthReport;
import de.sprechstunde.core.learner.LearnerProfile;
import de.sprechstunde.core.learner.Platform;
import de.sprechstunde.core.learner.TutorMode;
import de.sprechstunde.core.memory.InMemoryLearnerStore;
import de.sprechstunde.core.memory.InMemoryProgressStore;
import de.sprechstunde.core.message.IncomingMessage;
import de.sprechstunde.core.message.Reply;
import de.sprechstunde.core.pipeline.TutorBot;
import de.sprechstunde.core.pipeline.TutorBotBuilder;
import de.sprechstunde.core.port.ComponentHealth;
import de.sprechstunde.core.port.ModelTier;
import de.sprechstunde.core.testing.FakeChatPlatform;
import de.sprechstunde.core.testing.Messages;
import de.sprechstunde.core.testing.RecordingReplySink;
import de.sprechstunde.core.testing.ScriptedChatModel;
import de.sprechstunde.speech.testing.AudioFacts;
import de.sprechstunde.speech.testing.FakeWhisperServer;
import de.sprechstunde.speech.testing.FakeWyomingServer;
import de.sprechstunde.speech.testing.GermanSpeech;
import de.sprechstunde.speech.testing.SpeechWiring;
import de.sprechstunde.speech.whisper.WhisperSettings;
import de.sprechstunde.speech.wyoming.PiperSettings;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The whole voice path through the real core: a German OGG/Opus voice note from a platform, real
 * ffmpeg, the Whisper client against a fake Whisper, the model, Piper over Wyoming against a fake
 * Piper that speaks real German PCM, and back as an OGG/Opus voice message.
 */
class VoicePathTest {

    private static final String SAID = "Ich habe gestern Brot gekauft.";

    private final FakeWhisperServer whisper = new FakeWhisperServer().hears(SAID);
    private final FakeWyomingServer piper = new FakeWyomingServer();
    private final ScriptedChatModel model = new ScriptedChatModel();
    private final InMemoryLearnerStore learners = new InMemoryLearnerStore();
    private final InMemoryProgressStore progress = new InMemoryProgressStore();
    private final FakeChatPlatform telegram = new FakeChatPlatform(Platform.TELEGRAM);
    private final Messages lena = Messages.lena();
    private SpeechBackend speech;
    private HealthRegistry health;
    private TutorBot bot;

    @AfterEach
    void stop() {
        if (bot != null) {
            bot.close();
        }
        if (speech != null) {
            speech.close();
        }
        whisper.close();
        piper.close();
    }

    private void start(SpeechSettings settings) {
        speech = SpeechBackend.start(settings, Clock.systemUTC());
        health = speech.registerHealth(new HealthRegistry(Clock.systemUTC(), Duration.ofSeconds(20)));
        bot = SpeechWiring.applyTo(speech, new TutorBotBuilder(model))
                .learners(learners).progress(progress).health(health).random(new SplittableRandom(42))
                .build();
        bot.connect(telegram).join();
    }

    private void startWithWhisperAndPiper() {
        start(SpeechSettings.defaults()
                .withWhisper(WhisperSettings.at(whisper.uri()))
                .withPiper(PiperSettings.at(piper.address(), "de_DE-thorsten-high")));
    }

    private RecordingReplySink send(IncomingMessage message) {
        RecordingReplySink sink = new RecordingReplySink();
        bot.receive(message, sink).join();
        return sink;
    }

    private IncomingMessage voiceNote(String fileRef, String spoken) {
        byte[] note = GermanSpeech.oggOpus(spoken);
        telegram.file(fileRef, note);
        return lena.voice(fileRef, Duration.ofSeconds(3), note.length);
    }

    @Test
    void aGermanVoiceNoteIsHeardAnsweredWithTheFastModelAndSpokenBackAsOggOpus() {
        startWithWhisperAndPiper();
        send(lena.text("/voice on"));
        model.answer("Super! Was für ein Brot hast du gekauft?");

        RecordingReplySink sink = send(voiceNote("voice-1", SAID));

        // one message: the transcript leads, the answer follows
        assertEquals(List.of("🎤 _" + SAID + "_\n\nSuper! Was für ein Brot hast du gekauft?"), sink.texts());
        assertEquals(ModelTier.FAST, model.lastRequest().tier());
        FakeWhisperServer.Received heard = whisper.received().get(0);
        assertEquals("de", heard.language());
        assertTrue(heard.wav().isSixteenKilohertzMonoPcm(), heard.wav().toString());

        List<Reply.Voice> voices = sink.voices();
        assertEquals(1, voices.size(), "the answer's sentences are one voice message");
        for (Reply.Voice voice : voices) {
            AudioFacts facts = AudioFacts.of(voice.clip().oggOpus());
            assertEquals("ogg", facts.container());
            assertEquals("opus", facts.codec());
            assertEquals(48_000, facts.sampleRate());
            assertEquals(1, facts.channels());
            assertEquals(256, voice.clip().waveform().length);
            assertTrue(voice.clip().duration().toMillis() > 300, voice.clip().toString());
        }
        List<String> spoken = piper.received().stream().filter(e -> e.type().equals("synthesize"))
                .map(e -> e.data().path("text").asText()).toList();
        // each sentence is synthesised on its own (the first while the answer still streams)
        assertEquals(java.util.Set.of("Super!", "Was für ein Brot hast du gekauft?"), java.util.Set.copyOf(spoken));
        assertEquals(2, spoken.size());
    }

    @Test
    void aVoiceNoteInARolePlayIsAnsweredInRoleAndSpoken() {
        startWithWhisperAndPiper();
        send(lena.text("/voice on"));
        RecordingReplySink opening = send(lena.text("/mode scenario bäckerei"));
        assertFalse(opening.voices().isEmpty(), "the opening line is spoken");
        model.answer("Gern. Sonst noch etwas?");
        whisper.hears("Ich möchte ein Brot, bitte.");

        RecordingReplySink sink = send(voiceNote("voice-4", "Ich möchte ein Brot, bitte."));

        assertEquals(List.of("🎤 _Ich möchte ein Brot, bitte._\n\nGern. Sonst noch etwas?"), sink.texts());
        assertEquals(ModelTier.FAST, model.lastRequest().tier());
        assertEquals(1, sink.voices().size());
    }

    @Test
    void theSameSentenceIsSynthesisedOnceAndThenComesFromTheCache() {
        startWithWhisperAndPiper();
        send(lena.text("/voice on"));
        model.answer("Prima!").answer("Prima!");

        RecordingReplySink first = send(voiceNote("voice-5", SAID));
        RecordingReplySink second = send(voiceNote("voice-6", SAID));

        assertEquals(1, first.voices().size());
        assertEquals(1, second.voices().size());
        assertEquals(1, piper.received().stream().filter(e -> e.type().equals("synthesize")).count());
    }

    @Test
    void aDrillTurnWithOneWrongWordNamesExactlyThatWordAndScoresBelowAnExactMatch() {
        startWithWhisperAndPiper();
        RecordingReplySink start = send(lena.text("/mode drill"));
        DrillPhrase phrase = currentPhrase();
        assertTrue(start.texts().get(0).contains(phrase.text()), start.texts().toString());
        assertEquals(1, start.voices().size(), "the phrase is spoken too");

        whisper.hears(phrase.text());
        send(voiceNote("drill-exact", phrase.text()));
        int exact = progress.load(lena.learner()).drillByPhrase().get(phrase.id()).last();

        backTo(phrase);
        String word = longestWord(phrase.text());
        String misheard = mispronounced(word);
        whisper.hears(phrase.text().replace(word, misheard));
        RecordingReplySink attempt = send(voiceNote("drill-slip", phrase.text()));

        int slipped = progress.load(lena.learner()).drillByPhrase().get(phrase.id()).last();
        assertTrue(slipped < exact, "one wrong word scored " + slipped + ", the exact match " + exact);
        String feedback = attempt.texts().stream().filter(t -> t.contains("Score:")).findFirst().orElseThrow();
        assertTrue(feedback.contains("❌" + word + " (" + misheard + ")"), feedback);
        String retry = feedback.lines().filter(l -> l.startsWith("Practise again: ")).findFirst().orElseThrow();
        assertTrue(retry.startsWith("Practise again: *" + word + "*"), retry);
        assertEquals(2, retry.split("\\*", -1).length - 1, "exactly one word to retry: " + retry);
        assertTrue(attempt.voices().stream().anyMatch(v -> v.clip().caption().equals(word)), "the word is spoken slowly");
    }

    @Test
    void withoutWhisperAVoiceNoteGetsAnHonestPleaseType() {
        start(SpeechSettings.defaults().withPiper(PiperSettings.at(piper.address(), "de_DE-thorsten-high")));

        RecordingReplySink sink = send(voiceNote("voice-2", SAID));

        assertEquals(1, sink.texts().size());
        assertTrue(sink.lastText().contains("voice is not set up"), sink.lastText());
        assertTrue(sink.lastText().contains("Please type"), sink.lastText());
        assertEquals(0, model.requests().size());
    }

    @Test
    void aNoteLongerThanItsUpdateClaimsIsRefusedWithTheLengthFfmpegMeasured() {
        startWithWhisperAndPiper();
        byte[] note = GermanSpeech.longOggOpus(65);
        telegram.file("voice-long", note);

        RecordingReplySink sink = send(lena.voice("voice-long", Duration.ofSeconds(5), note.length));

        assertTrue(sink.lastText().contains("65 s long") && sink.lastText().contains("at most 60 s"), sink.lastText());
        assertEquals(0, whisper.received().size());
    }

    @Test
    void aDamagedVoiceNoteIsExplainedAndNeverSentToWhisper() {
        startWithWhisperAndPiper();
        byte[] damaged = java.util.Arrays.copyOf(GermanSpeech.oggOpus(SAID), 50);
        telegram.file("voice-3", damaged);

        RecordingReplySink sink = send(lena.voice("voice-3", Duration.ofSeconds(3), damaged.length));

        assertTrue(sink.lastText().contains("damaged"), sink.lastText());
        assertEquals(0, whisper.received().size());
    }

    @Test
    void healthShowsWhisperPiperAndFfmpeg() {
        startWithWhisperAndPiper();

        HealthReport report = health.check();

        String states = report.components().stream().map(c -> c.name() + "=" + c.status()).collect(Collectors.joining(", "));
        assertEquals("ffmpeg=UP, whisper=UP, piper=UP", states);
        assertEquals(ComponentHealth.Status.UP, report.status());
    }

    @Test
    void withoutPiperTheVoiceIsEspeakAndWithoutWhisperHealthSaysSo() {
        start(SpeechSettings.defaults());

        String states = health.check().components().stream().map(c -> c.name() + "=" + c.status()).collect(Collectors.joining(", "));

        assertEquals("ffmpeg=UP, whisper=DISABLED, espeak-ng=UP", states);
        assertTrue(speech.textToSpeech().orElseThrow().voiceName().startsWith("espeak-ng"));
    }

    private DrillPhrase currentPhrase() {
        String id = ((TutorMode.Drill) learners.find(lena.learner()).orElseThrow().mode()).phraseId();
        return PhraseCatalog.builtIn().find(id).orElseThrow();
    }

    private void backTo(DrillPhrase phrase) {
        LearnerProfile learner = learners.find(lena.learner()).orElseThrow();
        learners.save(learner.withMode(new TutorMode.Drill(phrase.id())));
    }

    private static String longestWord(String text) {
        return java.util.Arrays.stream(text.split("[^\\p{L}]+")).max(Comparator.comparingInt(String::length)).orElseThrow();
    }

    /** The word as a learner might get it wrong: an umlaut without its dots, else one vowel changed. */
    private static String mispronounced(String word) {
        for (String[] swap : new String[][] {{"ä", "a"}, {"ö", "o"}, {"ü", "u"}, {"ie", "i"}, {"e", "i"}, {"a", "o"}, {"o", "u"}}) {
            if (word.contains(swap[0])) {
                return word.replaceFirst(swap[0], swap[1]);
            }
        }
        assertFalse(true, "no vowel to change in " + word);
        return word;
    }
}
