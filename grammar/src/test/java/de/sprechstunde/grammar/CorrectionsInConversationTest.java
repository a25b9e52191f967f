package de.sprechstunde.grammar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.sprechstunde.core.config.TutorSettings;
import de.sprechstunde.core.memory.InMemoryResponseCache;
import de.sprechstunde.core.pipeline.TutorBot;
import de.sprechstunde.core.pipeline.TutorBotBuilder;
import de.sprechstunde.core.port.CacheKind;
import de.sprechstunde.core.port.GrammarChecker;
import de.sprechstunde.core.port.ResponseCache;
import de.sprechstunde.core.testing.Messages;
import de.sprechstunde.core.testing.RecordingReplySink;
import de.sprechstunde.core.testing.ScriptedChatModel;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The "done when": deterministic corrections in real conversation replies, through the whole bot. */
class CorrectionsInConversationTest {

    private static final String ANSWER = "Schön! Welchen Film hast du gesehen?";

    private final ScriptedChatModel model = new ScriptedChatModel().defaultAnswer(ANSWER);
    private final ResponseCache cache = new InMemoryResponseCache(Map.of(CacheKind.GRAMMAR, Duration.ofDays(1)), 1000, Clock.systemUTC());
    private final Messages lena = Messages.lena();
    private TutorBot bot;

    @AfterEach
    void close() {
        if (bot != null) {
            bot.close();
        }
    }

    private TutorBot botWith(GrammarChecker checker) {
        bot = new TutorBotBuilder(model).grammar(checker)
                .settings(TutorSettings.defaults().withAdmins(Set.of(lena.learner()))).build();
        return bot;
    }

    private RecordingReplySink send(String text) {
        RecordingReplySink sink = new RecordingReplySink();
        bot.receive(lena.text(text), sink).join();
        return sink;
    }

    private String systemPrompt() {
        return model.lastRequest().messages().get(0).content();
    }

    @Test
    void aFrontedAdverbialGetsTheVerbSecondFixAndItsExplanationBeforeTheAnswer() {
        botWith(new CachingGrammarChecker(WarmCheckers.full(), cache));

        RecordingReplySink sink = send("Gestern ich bin ins Kino gegangen.");

        // one message: the correction block, then the answer
        assertEquals(1, sink.texts().size(), sink.texts().toString());
        List<String> texts = sink.blocks();
        assertEquals(2, texts.size(), texts.toString());
        assertTrue(texts.get(0).contains("„ich bin“ → „*bin ich*“"), texts.get(0));
        assertTrue(texts.get(0).contains("Verb second"), texts.get(0));
        assertEquals(ANSWER, texts.get(1));
        assertTrue(systemPrompt().contains("\"ich bin\" -> \"bin ich\" (word-order)"), systemPrompt());
        assertTrue(systemPrompt().contains("do not point out other mistakes"), systemPrompt());
    }

    @Test
    void aMainClauseOrderAfterWeilGetsTheVerbFinalFixAndItsExplanation() {
        botWith(new CachingGrammarChecker(WarmCheckers.full(), cache));

        RecordingReplySink sink = send("Ich kann nicht kommen, weil ich bin krank.");

        assertTrue(sink.texts().get(0).contains("„bin krank“ → „*krank bin*“"), sink.texts().get(0));
        assertTrue(sink.texts().get(0).contains("Verb last"), sink.texts().get(0));
        assertTrue(systemPrompt().contains("\"bin krank\" -> \"krank bin\" (word-order)"), systemPrompt());
        assertTrue(sink.lastText().endsWith("\n\n" + ANSWER), sink.lastText());
    }

    @Test
    void fromC1TheExplanationIsInGerman() {
        botWith(new CachingGrammarChecker(WarmCheckers.full(), cache));
        send("/level C1");

        RecordingReplySink sink = send("Ich kann nicht kommen, weil ich bin krank.");

        assertTrue(sink.texts().get(0).contains("Nach weil, dass, ob"), sink.texts().get(0));
    }

    @Test
    void lightCorrectionsShowOnlyTheMostImportantMistakeWithoutExplanation() {
        botWith(new CachingGrammarChecker(WarmCheckers.full(), cache));
        send("/corrections light");

        RecordingReplySink sink = send("Gestern ich habe ein Hund gesehen.");

        String block = sink.blocks().get(0);
        assertEquals("✏️ „ich habe“ → „*habe ich*“", block);
    }

    @Test
    void correctionsOffMeansNoCheckAndNoCorrectionsInThePrompt() {
        botWith(new CachingGrammarChecker(WarmCheckers.full(), cache));
        send("/corrections off");

        RecordingReplySink sink = send("Gestern ich bin ins Kino gegangen.");

        assertEquals(List.of(ANSWER), sink.texts());
        assertTrue(systemPrompt().contains("Do not correct"), systemPrompt());
    }

    @Test
    void aCorrectSentenceTellsTheModelNotToCorrect() {
        botWith(new CachingGrammarChecker(WarmCheckers.full(), cache));

        RecordingReplySink sink = send("Gestern bin ich ins Kino gegangen.");

        assertEquals(List.of(ANSWER), sink.texts());
        assertTrue(systemPrompt().contains("found no mistakes"), systemPrompt());
    }

    @Test
    void withTheCheckerSwitchedOffTheConversationWorksAndTheModelCorrects() {
        try (GrammarBackend off = GrammarBackend.start(GrammarSettings.defaults().withEnabled(false), cache)) {
            botWith(off.checker());

            RecordingReplySink sink = send("Gestern ich bin ins Kino gegangen.");

            assertEquals(List.of(ANSWER), sink.texts());
            assertTrue(systemPrompt().contains("begin by correcting"), systemPrompt());
            assertEquals("DISABLED", off.health().check().status().name());
        }
    }

    @Test
    void whileTheCheckerWarmsUpTheConversationWorksAndTheModelCorrects() {
        LanguageToolChecker warming = LanguageToolChecker.notStarted(GrammarSettings.defaults());
        botWith(new CachingGrammarChecker(warming, cache));

        RecordingReplySink sink = send("Ich kann nicht kommen, weil ich bin krank.");

        assertFalse(warming.ready());
        assertEquals(List.of(ANSWER), sink.texts());
        assertTrue(systemPrompt().contains("begin by correcting"), systemPrompt());
        assertEquals("DEGRADED", warming.health().status().name());
    }

    @Test
    void mistakesAreCountedForProgressAndChecksForStats() {
        botWith(new CachingGrammarChecker(WarmCheckers.full(), cache));
        send("Gestern ich bin ins Kino gegangen.");
        send("Ich kann nicht kommen, weil ich bin krank.");
        send("Ich habe ein Hund.");

        String progress = send("/progress").lastText();
        String stats = send("/stats").lastText();

        assertTrue(progress.contains("*word order*: 2 · 0 · 2"), progress);
        assertTrue(progress.contains("*case*: 1 · 0 · 1"), progress);
        assertTrue(progress.indexOf("word order") < progress.indexOf("case"), "most frequent first: " + progress);
        assertTrue(stats.contains("grammar checks: 3"), stats);
    }
}
