package de.sprechstunde.grammar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.sprechstunde.core.learner.CefrLevel;
import de.sprechstunde.core.learner.ExplanationLanguage;
import de.sprechstunde.core.port.Correction;
import java.util.List;
import org.junit.jupiter.api.Test;

class LanguageToolCheckerTest {

    private final LanguageToolChecker checker = WarmCheckers.full();

    @Test
    void spansInALaterSentenceAreOffsetsInTheWholeMessage() {
        String message = "Hallo Anna! Gestern ich bin ins Kino gegangen. Der Film war toll.";

        List<Correction> found = checker.check(message, CefrLevel.A2);

        assertEquals(1, found.size(), found.toString());
        Correction c = found.get(0);
        assertEquals("ich bin", message.substring(c.start(), c.end()));
        assertEquals("ich bin", c.wrong());
        assertEquals("bin ich", c.fix());
        assertEquals("word-order", c.category());
        assertEquals("SPRECHSTUNDE_VERB_SECOND", c.ruleId());
        assertTrue(c.explanationIn(ExplanationLanguage.GERMAN).startsWith("Verbzweitstellung"), c.explanationIn(ExplanationLanguage.GERMAN));
    }

    @Test
    void severalMistakesComeInOrderEachWithItsCategory() {
        List<Correction> found = checker.check("Ich habe ein Hund und ich habe das Buch gelest.", CefrLevel.A2);

        assertEquals(List.of("case", "participle"), found.stream().map(Correction::category).toList(), found.toString());
        assertEquals(List.of("einen", "gelesen"), found.stream().map(Correction::fix).toList());
    }

    @Test
    void languageToolsOwnMatchesGetACategoryAndACuratedExplanation() {
        List<Correction> found = checker.check("Ich habe Hunger und gehe in die Kantiene.", CefrLevel.A2);

        assertEquals(1, found.size(), found.toString());
        assertEquals("Kantiene", found.get(0).wrong());
        assertEquals("Kantine", found.get(0).fix());
        assertEquals("spelling", found.get(0).category());
        assertFalse(found.get(0).explanationIn(ExplanationLanguage.ENGLISH).isBlank());
    }

    @Test
    void oddInputNeverThrowsAndKeepsSpansInsideTheText() {
        for (String text : List.of("", "   ", "🙂🙂🙂", "...", "?!", "1234", "ok", "hahaha", "<learner>", "a".repeat(3000))) {
            assertTrue(checker.check(text, CefrLevel.A1).stream().allMatch(c -> c.end() <= text.length()), text);
        }
    }
}
