package de.sprechstunde.core.tutor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.sprechstunde.core.learner.CefrLevel;
import de.sprechstunde.core.port.Correction;
import de.sprechstunde.core.port.GrammarChecker;
import de.sprechstunde.core.testing.Messages;
import de.sprechstunde.core.testing.RecordingReplySink;
import de.sprechstunde.core.testing.ScriptedChatModel;
import java.util.List;
import org.junit.jupiter.api.Test;

class GrammarCorrectionsTest {

    @Test
    void aCheckerThatThrowsAnywayLeavesTheCorrectingToTheModel() {
        GrammarChecker broken = new GrammarChecker() {
            @Override
            public List<Correction> check(String text, CefrLevel level) {
                throw new IllegalStateException("broken checker");
            }
        };
        ScriptedChatModel model = new ScriptedChatModel().defaultAnswer("Schön!");
        try (TutorBot bot = new TutorBotBuilder(model).grammar(broken).build()) {
            RecordingReplySink sink = new RecordingReplySink();
            bot.receive(Messages.lena().text("Gestern ich bin ins Kino gegangen."), sink).join();

            assertEquals(List.of("Schön!"), sink.texts());
            assertTrue(model.lastRequest().messages().get(0).content().contains("begin by correcting"));
        }
    }
}
