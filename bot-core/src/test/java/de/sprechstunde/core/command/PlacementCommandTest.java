package de.sprechstunde.core.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.sprechstunde.core.learner.CefrLevel;
import de.sprechstunde.core.learner.LearnerProfile;
import de.sprechstunde.core.learner.TutorMode;
import de.sprechstunde.core.memory.InMemoryDailyCounters;
import de.sprechstunde.core.memory.InMemoryLearnerStore;
import de.sprechstunde.core.message.Choice;
import de.sprechstunde.core.message.Reply;
import de.sprechstunde.core.pipeline.TutorBot;
import de.sprechstunde.core.pipeline.TutorBotBuilder;
import de.sprechstunde.core.placement.PlacementBank;
import de.sprechstunde.core.placement.PlacementItem;
import de.sprechstunde.core.testing.Messages;
import de.sprechstunde.core.testing.RecordingReplySink;
import de.sprechstunde.core.testing.ScriptedChatModel;
import de.sprechstunde.core.testing.ScriptedGrammarChecker;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@code /test} through the whole bot: buttons, typed answers, a restart half way, a test abandoned and started again. */
class PlacementCommandTest {

    private final InMemoryLearnerStore learners = new InMemoryLearnerStore();
    private final InMemoryDailyCounters daily = new InMemoryDailyCounters();
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final ScriptedGrammarChecker grammar = new ScriptedGrammarChecker();
    private final PlacementBank bank = PlacementBank.builtIn();
    private final Messages lena = Messages.lena();
    private TutorBot bot = newBot();

    private TutorBot newBot() {
        return new TutorBotBuilder(new ScriptedChatModel()).learners(learners).dailyCounters(daily).grammar(grammar)
                .meterRegistry(meters).build();
    }

    @AfterEach
    void stop() {
        bot.close();
    }

    private RecordingReplySink send(String text) {
        RecordingReplySink sink = new RecordingReplySink();
        bot.receive(lena.text(text), sink).join();
        return sink;
    }

    private TutorMode.Placement placement() {
        return (TutorMode.Placement) learners.find(lena.learner()).orElseThrow().mode();
    }

    private PlacementItem current() {
        return bank.find(placement().current()).orElseThrow();
    }

    /** Answers the current item right (or wrong) the way a learner would: a button, or typing. */
    private RecordingReplySink answer(boolean right) {
        PlacementItem item = current();
        return switch (item.kind()) {
            case CLOZE, VOCABULARY -> {
                int option = item.options().indexOf(item.rightAnswer());
                yield send("/test answer " + item.id() + " " + (right ? option : (option + 1) % item.options().size()));
            }
            case WORD_ORDER -> send(right ? item.rightAnswer() : "weiß nicht");
            case FREE -> send(right ? "Ich wohne seit drei Jahren mit meiner Familie in einer kleinen Wohnung in Berlin." : "Hallo");
        };
    }

    @Test
    void startOffersThePlacementTest() {
        Reply.Text welcome = (Reply.Text) send("/start").replies().get(0);

        assertTrue(welcome.text().contains("/test"), welcome.text());
        assertTrue(welcome.choices().contains(new Choice("📝 Placement test", "/test")));
    }

    @Test
    void aWholeTestWithButtonsAndTypedAnswersSetsTheLevelAndSaysWhyInTwoLines() {
        RecordingReplySink first = send("/test");
        Reply.Text question = (Reply.Text) first.replies().get(1);
        assertTrue(question.text().startsWith("*1/12*"), question.text());
        assertEquals(3, question.choices().size());
        assertTrue(question.choices().get(0).command().startsWith("/test answer a2-"), question.choices().toString());

        RecordingReplySink last = null;
        for (int i = 0; i < 12; i++) {
            // knows everything up to B1
            last = answer(current().level().compareTo(CefrLevel.B1) <= 0);
        }

        LearnerProfile learner = learners.find(lena.learner()).orElseThrow();
        assertEquals(CefrLevel.B1, learner.level());
        assertEquals(TutorMode.conversation(), learner.mode());
        String result = last.lastText();
        assertTrue(result.startsWith("🎯 Your level: *B1*"), result);
        String[] lines = result.split("\n");
        assertEquals(3, lines.length, result);
        assertTrue(lines[1].startsWith("Right answers by level: "), result);
        assertTrue(lines[2].startsWith("B1 is the highest level where you got most answers right"), result);
        assertEquals(1L, daily.lastDays("placement_tests", LocalDate.now(java.time.ZoneOffset.UTC), 1).values().iterator().next());
        assertEquals(1.0, meters.get("bot.placement.tests").tag("outcome", "finished").counter().count());
    }

    @Test
    void aButtonPressedTwiceOrLateChangesNothing() {
        send("/test");
        PlacementItem first = current();
        send("/test answer " + first.id() + " 0");
        TutorMode.Placement after = placement();

        String again = send("/test answer " + first.id() + " 1").lastText();

        assertTrue(again.contains("already answered"), again);
        assertEquals(after, placement());
        assertTrue(send("/test answer " + first.id() + " 99x").lastText().contains("broken"));
    }

    @Test
    void aTestSurvivesARestartAndGoesOnWhereItStopped() {
        send("/test");
        answer(true);
        answer(false);
        TutorMode.Placement before = placement();
        bot.close();

        bot = newBot();
        RecordingReplySink resumed = send("/test");

        assertEquals(before, placement());
        assertTrue(resumed.texts().get(0).contains("in progress (2 answered)"), resumed.texts().get(0));
        assertTrue(resumed.texts().get(1).startsWith("*3/12*"), resumed.texts().get(1));
    }

    @Test
    void aTestAbandonedHalfWayCanBeStartedAgainFromTheBeginning() {
        send("/test");
        for (int i = 0; i < 6; i++) {
            answer(i % 2 == 0);
        }
        send("/mode conversation");
        assertFalse(learners.find(lena.learner()).orElseThrow().mode() instanceof TutorMode.Placement);

        RecordingReplySink again = send("/test");

        assertTrue(again.texts().get(1).startsWith("*1/12*"), again.texts().get(1));
        assertEquals(List.of(), placement().answered());
        send("/test stop");
        assertEquals(TutorMode.conversation(), learners.find(lena.learner()).orElseThrow().mode());
        assertEquals(LearnerProfile.DEFAULT_LEVEL, learners.find(lena.learner()).orElseThrow().level());
        assertTrue(send("/test new").texts().get(1).startsWith("*1/12*"));
    }

    @Test
    void aTypedAnswerToAChoiceQuestionCountsAndAnythingElseGetsAHint() {
        send("/test");
        PlacementItem first = current();

        String hint = send("vielleicht").lastText();
        assertTrue(hint.contains("Tap one of the answers"), hint);
        assertEquals(first.id(), placement().current());

        send(first.rightAnswer().toUpperCase());
        assertEquals(List.of(true), placement().right());
    }

    @Test
    void aFreeSentenceWithAMistakeDoesNotPass() {
        String sentence = "Ich habe gestern Abend mit meine Freunde nach Hause gegangen und wir haben viel gelacht.";
        grammar.finds(sentence, ScriptedGrammarChecker.rule(sentence, "habe", "bin", "auxiliary"));
        send("/test");
        for (int i = 0; i < 11; i++) {
            answer(true);
        }
        RecordingReplySink end = send(sentence);

        assertTrue(end.texts().get(0).contains("found 1 mistake"), end.texts().get(0));
        assertTrue(end.lastText().contains("your sentence did not pass"), end.lastText());
        assertEquals(CefrLevel.C1, learners.find(lena.learner()).orElseThrow().level());
    }

    @Test
    void aFreeSentenceTheCheckerCannotCheckDoesNotCount() {
        grammar.warmingUp();
        send("/test");
        for (int i = 0; i < 11; i++) {
            answer(false);
        }
        RecordingReplySink end = send("Ich wohne in Berlin und arbeite dort.");

        assertTrue(end.texts().get(0).contains("can't check sentences right now"), end.texts().get(0));
        assertTrue(end.lastText().startsWith("🎯 Your level: *A1*"), end.lastText());
    }
}
