package de.sprechstunde.core.tutor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.sprechstunde.core.drill.DrillPhrase;
import de.sprechstunde.core.drill.PhraseCatalog;
import de.sprechstunde.core.learner.Platform;
import de.sprechstunde.core.learner.TutorMode;
import de.sprechstunde.core.memory.InMemoryLearnerStore;
import de.sprechstunde.core.memory.InMemoryProgressStore;
import de.sprechstunde.core.message.IncomingMessage;
import de.sprechstunde.core.pipeline.TutorBot;
import de.sprechstunde.core.pipeline.TutorBotBuilder;
import de.sprechstunde.core.port.LearnerProgress;
import de.sprechstunde.core.port.SpeechToText;
import de.sprechstunde.core.port.Transcript;
import de.sprechstunde.core.testing.FakeChatPlatform;
import de.sprechstunde.core.testing.Messages;
import de.sprechstunde.core.testing.PassThroughTranscoder;
import de.sprechstunde.core.testing.RecordingReplySink;
import de.sprechstunde.core.testing.ScriptedChatModel;
import java.time.Duration;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The drill through the core pipeline, with a recogniser that "hears" what the test says it hears. */
class DrillLessonTest {

    private final InMemoryLearnerStore learners = new InMemoryLearnerStore();
    private final InMemoryProgressStore progress = new InMemoryProgressStore();
    private final Messages lena = Messages.lena();
    private volatile String heard = "";
    private final SpeechToText recogniser = wav -> new Transcript(heard, "de", List.of(), Duration.ofSeconds(2));
    private final TutorBot bot = new TutorBotBuilder(new ScriptedChatModel())
            .learners(learners).progress(progress).speechToText(recogniser)
            .transcoder(new PassThroughTranscoder()).random(new SplittableRandom(3)).build();

    {
        bot.connect(new FakeChatPlatform(Platform.TELEGRAM).file("note", new byte[] {1})).join();
    }

    @AfterEach
    void stop() {
        bot.close();
    }

    private RecordingReplySink send(IncomingMessage message) {
        RecordingReplySink sink = new RecordingReplySink();
        bot.receive(message, sink).join();
        return sink;
    }

    private RecordingReplySink say(String words) {
        heard = words;
        return send(lena.voice("note", Duration.ofSeconds(2), 1));
    }

    private DrillPhrase phrase() {
        String id = ((TutorMode.Drill) learners.find(lena.learner()).orElseThrow().mode()).phraseId();
        return PhraseCatalog.builtIn().find(id).orElseThrow();
    }

    @Test
    void aFlawlessAttemptIsPraisedSavedAndFollowedByANewPhrase() {
        send(lena.text("/mode drill"));
        DrillPhrase first = phrase();

        RecordingReplySink sink = say(first.text());

        // the transcript leads the feedback's message
        String feedback = sink.texts().get(0).split("\n\n", 2)[1];
        assertTrue(feedback.startsWith("🌟 Score: 100/100"), feedback);
        assertTrue(feedback.contains("Well pronounced!"), feedback);
        assertNotEquals(first, phrase());
        LearnerProgress saved = progress.load(lena.learner());
        assertEquals(100, saved.drillByPhrase().get(first.id()).last());
        first.sounds().forEach(sound -> assertEquals(100, saved.drillBySound().get(sound.name()).last(), sound.name()));
    }

    @Test
    void aGarbledAttemptBringsTheSamePhraseAgain() {
        send(lena.text("/mode drill"));
        DrillPhrase first = phrase();

        RecordingReplySink sink = say("Hallo");

        assertEquals(first, phrase());
        assertTrue(sink.texts().get(sink.texts().size() - 1).startsWith("🔁 Try this one again:"), sink.texts().toString());
    }

    @Test
    void theFeedbackNamesTheWrongWordAndTheSoundInIt() {
        send(lena.text("/mode drill"));
        learners.save(learners.find(lena.learner()).orElseThrow().withMode(new TutorMode.Drill("a1-05")));

        RecordingReplySink sink = say("Die Tier ist offen.");

        // the transcript leads the feedback's message
        String feedback = sink.texts().get(0).split("\n\n", 2)[1];
        assertTrue(feedback.contains("❌Tür (Tier)"), feedback);
        assertTrue(feedback.contains("Practise again: *Tür* (ü)"), feedback);
    }

    @Test
    void typingInADrillAsksForAVoiceNoteAndSkipGivesAnotherPhrase() {
        send(lena.text("/mode drill"));
        DrillPhrase first = phrase();

        RecordingReplySink typed = send(lena.text("Die Tür ist offen"));
        RecordingReplySink skipped = send(lena.text("weiter"));

        assertTrue(typed.lastText().contains("I need a voice note"), typed.lastText());
        assertTrue(skipped.texts().get(0).startsWith("🗣️ Next phrase:"), skipped.texts().toString());
        assertNotEquals(first, phrase());
    }
}
