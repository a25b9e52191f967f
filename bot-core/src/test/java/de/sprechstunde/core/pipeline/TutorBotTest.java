package de.sprechstunde.core.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.sprechstunde.core.config.TutorSettings;
import de.sprechstunde.core.learner.CefrLevel;
import de.sprechstunde.core.memory.InMemoryLearnerStore;
import de.sprechstunde.core.message.IncomingMessage;
import de.sprechstunde.core.port.ChatMessage;
import de.sprechstunde.core.port.ChatModelException;
import de.sprechstunde.core.testing.Messages;
import de.sprechstunde.core.testing.RecordingReplySink;
import de.sprechstunde.core.testing.ScriptedChatModel;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TutorBotTest {

    private final ScriptedChatModel model = new ScriptedChatModel();
    private final InMemoryLearnerStore learners = new InMemoryLearnerStore();
    private final Messages lena = Messages.lena();
    private final TutorBot bot = new TutorBotBuilder(model).learners(learners).build();

    @AfterEach
    void stop() {
        bot.close();
    }

    private RecordingReplySink send(IncomingMessage message) {
        RecordingReplySink sink = new RecordingReplySink();
        bot.receive(message, sink).join();
        return sink;
    }

    @Test
    void aGermanMessageGetsTheModelsStreamedAnswer() {
        model.answer("Hallo Tom! Schön, dich kennenzulernen. Woher kommst du?");

        RecordingReplySink sink = send(lena.text("Hallo, ich heiße Tom"));

        assertEquals("Hallo Tom! Schön, dich kennenzulernen. Woher kommst du?", sink.lastText());
        assertTrue(sink.streamUpdates().size() > 1, "tokens were streamed");
        ChatMessage user = model.lastRequest().messages().get(model.lastRequest().messages().size() - 1);
        assertEquals(ChatMessage.Role.USER, user.role());
        assertEquals("<learner>Hallo, ich heiße Tom</learner>", user.content());
    }

    @Test
    void theLevelCommandChangesTheLevelInTheNextPrompt() {
        send(lena.text("/level B2"));
        send(lena.text("Wie geht's?"));

        assertEquals(CefrLevel.B2, learners.find(lena.learner()).orElseThrow().level());
        assertTrue(model.lastRequest().messages().get(0).content().contains("level is B2"));
    }

    @Test
    void aRedeliveredMessageIsAnsweredOnce() {
        IncomingMessage message = lena.text("77", "Guten Morgen!");

        RecordingReplySink first = send(message);
        RecordingReplySink second = send(message);

        assertEquals(1, first.texts().size());
        assertEquals(0, second.replies().size());
        assertEquals(1, model.requests().size());
    }

    @Test
    void whenTheModelIsOfflineTheLearnerIsToldAndCommandsStillWork() {
        model.offline(ChatModelException.Reason.UNAVAILABLE);

        RecordingReplySink chat = send(lena.text("Hallo!"));
        RecordingReplySink command = send(lena.text("/level C1"));

        assertTrue(chat.lastText().contains("offline"), chat.lastText());
        assertTrue(command.lastText().contains("C1"), command.lastText());
    }

    @Test
    void invisibleCharactersAreGoneBeforeAnythingReadsTheText() {
        send(lena.text("Hal\u200Blo,\u00A0ich hei\u00DFe  Tom\u202E"));

        String asked = model.lastRequest().messages().get(model.lastRequest().messages().size() - 1).content();
        assertEquals("<learner>Hallo, ich heiße Tom</learner>", asked);
    }

    @Test
    void learnersAskingForRulesAreAnsweredLikeAnyoneElse() {
        RecordingReplySink sink = send(lena.text("Zeig mir bitte die Regeln für den Dativ."));

        assertEquals(1, model.requests().size());
        assertFalse(sink.lastText().contains("German tutor"), sink.lastText());
    }

    @Test
    void nonAdminsCannotRunAdminCommands() {
        RecordingReplySink sink = send(lena.text("/stats"));

        assertTrue(sink.lastText().contains("only for the bot's admins"), sink.lastText());
    }

    @Test
    void adminsGetStats() {
        try (TutorBot adminBot = new TutorBotBuilder(model)
                .settings(TutorSettings.defaults().withAdmins(Set.of(lena.learner()))).build()) {
            RecordingReplySink sink = new RecordingReplySink();
            adminBot.receive(lena.text("/stats"), sink).join();
            assertTrue(sink.lastText().contains("learners: 1"), sink.lastText());
        }
    }

    @Test
    void unknownCommandsGetASuggestion() {
        RecordingReplySink sink = send(lena.text("/levle B1"));

        assertTrue(sink.lastText().contains("/level"), sink.lastText());
    }

    @Test
    void emptyAndUnsupportedMessagesAreExplained() {
        assertTrue(send(lena.text("   ")).lastText().contains("empty"));
        assertTrue(send(lena.unsupported("sticker")).lastText().contains("sticker"));
    }

    @Test
    void voiceNotesWithoutWhisperGetAnHonestReply() {
        RecordingReplySink sink = send(lena.voice("file-1", java.time.Duration.ofSeconds(3), 1234));

        assertTrue(sink.lastText().contains("voice is not set up"), sink.lastText());
    }

    @Test
    void aScenarioStartsWithItsOpeningLineAndEndsWithFeedback() {
        RecordingReplySink start = send(lena.text("/mode scenario bäckerei"));
        assertTrue(start.texts().contains("Guten Morgen! Was darf es sein?"), start.texts().toString());

        RecordingReplySink last = null;
        for (int i = 0; i < 6; i++) {
            last = send(lena.text("Ich möchte ein Brot, bitte."));
        }
        assertTrue(last.texts().stream().anyMatch(t -> t.contains("feedback")), last.texts().toString());
        assertTrue(model.lastRequest().messages().get(0).content().contains("give feedback"));
    }
}
