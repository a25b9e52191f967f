package de.sprechstunde.telegram.outbound;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class MessageSplitterTest {

    private final MessageSplitter splitter = new MessageSplitter(40);

    @Test
    void aShortTextStaysWhole() {
        assertEquals(List.of("Guten Morgen!"), splitter.split("Guten Morgen!"));
    }

    @Test
    void aParagraphBreakIsTheFirstChoice() {
        assertEquals(List.of("Erster Absatz, ziemlich lang.", "Zweiter Absatz. Noch ein Satz hier."),
                splitter.split("Erster Absatz, ziemlich lang.\n\nZweiter Absatz. Noch ein Satz hier."));
    }

    @Test
    void withoutParagraphsTheCutIsAtTheLastSentenceEnd() {
        assertEquals(List.of("Ich gehe heute einkaufen. Dann koche ich.", "Danach esse ich mit Freunden."),
                new MessageSplitter(45).split("Ich gehe heute einkaufen. Dann koche ich. Danach esse ich mit Freunden."));
    }

    @Test
    void withoutSentenceEndsTheCutIsAtASpace() {
        List<String> parts = splitter.split("eins zwei drei vier fünf sechs sieben acht neun zehn elf zwölf");
        assertTrue(parts.size() >= 2);
        parts.forEach(part -> assertTrue(part.length() <= 40 && !part.startsWith(" ") && !part.endsWith(" "), part));
        assertEquals("eins zwei drei vier fünf sechs sieben acht neun zehn elf zwölf", String.join(" ", parts));
    }

    @Test
    void aWordLongerThanTheLimitIsCutButNeverInsideASurrogatePair() {
        String emojis = "😀".repeat(30);
        List<String> parts = splitter.split(emojis);
        assertEquals(emojis, String.join("", parts));
        parts.forEach(part -> assertTrue(part.length() <= 40 && !Character.isLowSurrogate(part.charAt(0)), part));
    }
}
