package de.sprechstunde.core.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.sprechstunde.core.port.ChatModelException;
import de.sprechstunde.core.testing.Messages;
import de.sprechstunde.core.testing.RecordingReplySink;
import de.sprechstunde.core.testing.ScriptedChatModel;
import de.sprechstunde.core.testing.ScriptedModelWarmth;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class WarmupHoldTest {

    private static final String NOTE = "warming up";

    private final ScriptedChatModel model = new ScriptedChatModel().defaultAnswer("Hallo! Wie geht's?");
    private final ScriptedModelWarmth warmth = new ScriptedModelWarmth();
    private final Messages lena = Messages.lena();
    private TutorBot bot;

    @AfterEach
    void stop() {
        bot.close();
    }

    private TutorBot bot(Duration noteAfter, Duration longest) {
        bot = new TutorBotBuilder(model).modelWarmth(warmth, noteAfter, longest).build();
        return bot;
    }

    /** One turn sent while warming; the models turn warm after {@code warmAfterMillis}. */
    private RecordingReplySink sentWhileWarming(Duration noteAfter, long warmAfterMillis) throws Exception {
        bot(noteAfter, Duration.ofSeconds(30));
        RecordingReplySink sink = new RecordingReplySink();
        CompletableFuture<?> handled = bot.receive(lena.text("Hallo!"), sink);
        Thread.sleep(warmAfterMillis);
        assertTrue(model.requests().isEmpty(), "held while warming");
        warmth.warm();
        handled.get(5, TimeUnit.SECONDS);
        return sink;
    }

    @Test
    void aTurnSentWhileTheModelsLoadIsAnsweredOnceWarmWithoutANoteWhenThatIsQuick() throws Exception {
        RecordingReplySink sink = sentWhileWarming(Duration.ofSeconds(10), 200);

        assertEquals("Hallo! Wie geht's?", sink.lastText());
        assertFalse(sink.texts().stream().anyMatch(text -> text.contains(NOTE)), sink.texts().toString());
    }

    @Test
    void aLongWarmupSendsOneNoteThenTheAnswer() throws Exception {
        RecordingReplySink sink = sentWhileWarming(Duration.ofMillis(100), 600);

        assertEquals(1, sink.texts().stream().filter(text -> text.contains(NOTE)).count(), sink.texts().toString());
        assertTrue(sink.texts().get(0).contains(NOTE), sink.texts().toString());
        assertEquals("Hallo! Wie geht's?", sink.lastText());
    }

    @Test
    void aWarmupThatOutlastsItsBoundGetsTheHonestOfflineReply() throws Exception {
        model.offline(ChatModelException.Reason.UNAVAILABLE);
        bot(Duration.ofMillis(50), Duration.ofMillis(300));
        RecordingReplySink sink = new RecordingReplySink();

        bot.receive(lena.text("Hallo!"), sink).get(5, TimeUnit.SECONDS);

        assertTrue(sink.texts().get(0).contains(NOTE), sink.texts().toString());
        assertTrue(sink.lastText().contains("offline"), sink.lastText());
    }

    @Test
    void commandsAndColdModelsAreNeverHeld() throws Exception {
        bot(Duration.ofSeconds(10), Duration.ofSeconds(30));
        RecordingReplySink command = new RecordingReplySink();
        bot.receive(lena.text("/level B1"), command).get(2, TimeUnit.SECONDS);
        assertTrue(command.lastText().contains("B1"), command.lastText());

        model.offline(ChatModelException.Reason.UNAVAILABLE);
        warmth.cold("Ollama at http://localhost:11434 unreachable");
        RecordingReplySink chat = new RecordingReplySink();
        bot.receive(lena.text("Hallo!"), chat).get(2, TimeUnit.SECONDS);
        assertEquals(1, chat.texts().size(), chat.texts().toString());
        assertTrue(chat.lastText().contains("offline"), chat.lastText());
    }
}
