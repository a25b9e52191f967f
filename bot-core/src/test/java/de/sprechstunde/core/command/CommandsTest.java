package de.sprechstunde.core.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.sprechstunde.core.learner.CorrectionLevel;
import de.sprechstunde.core.learner.ExplanationLanguage;
import de.sprechstunde.core.learner.LearnerProfile;
import de.sprechstunde.core.learner.TutorMode;
import de.sprechstunde.core.memory.InMemoryConversationStore;
import de.sprechstunde.core.memory.InMemoryLearnerStore;
import de.sprechstunde.core.message.IncomingMessage;
import de.sprechstunde.core.message.Reply;
import de.sprechstunde.core.pipeline.TutorBot;
import de.sprechstunde.core.pipeline.TutorBotBuilder;
import de.sprechstunde.core.testing.Messages;
import de.sprechstunde.core.testing.RecordingReplySink;
import de.sprechstunde.core.testing.ScriptedChatModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The learner commands, driven through the whole bot as a learner would use them. */
class CommandsTest {

    private final ScriptedChatModel model = new ScriptedChatModel();
    private final InMemoryLearnerStore learners = new InMemoryLearnerStore();
    private final InMemoryConversationStore conversations = new InMemoryConversationStore(50);
    private final Messages lena = Messages.lena();
    private final TutorBot bot = new TutorBotBuilder(model).learners(learners).conversations(conversations).build();

    @AfterEach
    void stop() {
        bot.close();
    }

    private RecordingReplySink send(IncomingMessage message) {
        RecordingReplySink sink = new RecordingReplySink();
        bot.receive(message, sink).join();
        return sink;
    }

    private LearnerProfile profile() {
        return learners.find(lena.learner()).orElseThrow();
    }

    @Test
    void startGreetsByNameAndOffersTheLevels() {
        RecordingReplySink sink = send(lena.text("/start"));

        Reply.Text reply = (Reply.Text) sink.replies().get(0);
        assertTrue(reply.text().startsWith("Hallo Lena!"), reply.text());
        assertEquals(7, reply.choices().size(), "six levels and the placement test");
        assertEquals("/level B1", reply.choices().get(2).command());
    }

    @Test
    void helpListsLearnerCommandsButNoAdminCommandsForLearners() {
        String help = send(lena.text("/help")).lastText();

        assertTrue(help.contains("/level <A1..C2>"), help);
        assertTrue(help.contains("/forget"), help);
        assertFalse(help.contains("/stats"), help);
    }

    @Test
    void aWrongLevelIsExplainedAndChangesNothing() {
        String reply = send(lena.text("/level Z9")).lastText();

        assertTrue(reply.contains("is not a level"), reply);
        assertEquals(LearnerProfile.DEFAULT_LEVEL, profile().level());
    }

    @Test
    void voiceCorrectionsAndLanguageAreRemembered() {
        send(lena.text("/voice on"));
        send(lena.text("/corrections light"));
        String german = send(lena.text("/language de")).lastText();

        assertTrue(profile().voiceReplies());
        assertEquals(CorrectionLevel.LIGHT, profile().corrections());
        assertEquals(ExplanationLanguage.GERMAN, profile().explanations());
        assertTrue(german.contains("Deutsch"), german);
        assertTrue(send(lena.text("/help")).lastText().startsWith("Schreib mir"), "help follows the explanation language");
    }

    @Test
    void modeWithoutArgumentsOffersTheModesAndAnUnknownScenarioListsTheRealOnes() {
        Reply.Text modes = (Reply.Text) send(lena.text("/mode")).replies().get(0);
        assertEquals(3, modes.choices().size());

        Reply.Text scenarios = (Reply.Text) send(lena.text("/mode scenario Mondlandung")).replies().get(0);
        assertTrue(scenarios.text().contains("don't know the role-play"), scenarios.text());
        assertTrue(scenarios.choices().size() >= 8);
    }

    @Test
    void drillModePresentsAPhraseAndAsksForAVoiceNote() {
        RecordingReplySink start = send(lena.text("/mode drill"));
        assertTrue(start.lastText().contains("Say this phrase in a voice note"), start.lastText());
        assertTrue(profile().mode() instanceof TutorMode.Drill);

        String typed = send(lena.text("Guten Morgen")).lastText();
        assertTrue(typed.contains("I need a voice note"), typed);
        assertEquals(0, model.requests().size(), "drills need no model");
    }

    @Test
    void resetForgetsTheConversationButKeepsTheLevel() {
        send(lena.text("/level B1"));
        send(lena.text("Hallo!"));
        assertFalse(conversations.recent(lena.learner(), 10).isEmpty());

        send(lena.text("/reset"));

        assertTrue(conversations.recent(lena.learner(), 10).isEmpty());
        assertEquals("B1", profile().level().name());
    }

    @Test
    void forgetAsksForConfirmationThenDeletesEverything() {
        send(lena.text("Hallo!"));

        String warning = send(lena.text("/forget")).lastText();
        assertTrue(warning.contains("/forget confirm"), warning);
        assertTrue(learners.find(lena.learner()).isPresent(), "nothing deleted without confirmation");

        String receipt = send(lena.text("/forget confirm")).lastText();
        assertTrue(receipt.contains("2 conversation turns"), receipt);
        assertTrue(learners.find(lena.learner()).isEmpty());
        assertTrue(conversations.recent(lena.learner(), 10).isEmpty());
    }

    @Test
    void progressWithNothingRecordedEncourages() {
        assertTrue(send(lena.text("/progress")).lastText().contains("No mistakes recorded yet"));
    }
}
