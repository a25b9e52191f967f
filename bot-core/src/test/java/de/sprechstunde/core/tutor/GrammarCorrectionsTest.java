package de.sprechstunde.core.tutor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.sprechstunde.core.learner.CefrLevel;
import de.sprechstunde.core.pipeline.TutorBot;
import de.sprechstunde.core.pipeline.TutorBotBuilder;
import de.sprechstunde.core.port.Correction;
import de.sprechstunde.core.port.GrammarChecker;
import de.sprechstunde.core.testing.Messages;
import de.sprechstunde.core.testing.PassThroughTranscoder;
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

    @Test
    void aVoiceTranscriptGetsNoSpellingCorrectionsBecauseTheRecogniserSpelledIt() {
        GrammarChecker checker = (text, level) -> List.of(
                new Correction(0, 5, "heute", "Heute", "spelling", "UPPERCASE_SENTENCE_START",
                        java.util.Map.of(de.sprechstunde.core.learner.ExplanationLanguage.ENGLISH, "Capital at the start.")),
                new Correction(6, 19, "ich gehe", "gehe ich", "word-order", "V2",
                        java.util.Map.of(de.sprechstunde.core.learner.ExplanationLanguage.ENGLISH, "Verb second.")));
        ScriptedChatModel model = new ScriptedChatModel().defaultAnswer("Schön!");
        de.sprechstunde.core.testing.FakeChatPlatform telegram =
                new de.sprechstunde.core.testing.FakeChatPlatform(de.sprechstunde.core.learner.Platform.TELEGRAM)
                        .file("voice-1", new byte[] {1, 2, 3});
        try (TutorBot bot = new TutorBotBuilder(model).grammar(checker).transcoder(new PassThroughTranscoder())
                .speechToText(wav -> new de.sprechstunde.core.port.Transcript("heute ich gehe ins Kino", "de", List.of(),
                        java.time.Duration.ofSeconds(2)))
                .build()) {
            bot.connect(telegram).join();
            RecordingReplySink sink = new RecordingReplySink();
            bot.receive(Messages.lena().voice("voice-1", java.time.Duration.ofSeconds(2), 3), sink).join();

            String corrections = sink.blocks().get(1);
            assertTrue(corrections.contains("gehe ich"), corrections);
            assertTrue(!corrections.contains("Heute"), corrections);
        }
    }
}
