package de.sprechstunde.discord.outbound;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class MessageSplitterTest {

    private final MessageSplitter discord = new MessageSplitter(MessageSplitter.DISCORD_LIMIT);

    @Test
    void aShortTextStaysOneMessage() {
        assertEquals(List.of("Hallo!"), discord.split("  Hallo!\n"));
    }

    @Test
    void aLongTextIsCutBetweenWordsAndNothingIsLost() {
        String text = "Wort ".repeat(1000).strip();

        List<String> parts = discord.split(text);

        assertEquals(3, parts.size());
        assertTrue(parts.stream().allMatch(p -> p.length() <= 2000 && !p.startsWith(" ") && !p.endsWith(" ")));
        assertTrue(parts.stream().allMatch(p -> p.matches("(Wort ?)+")), "no word is cut");
        assertEquals(text, String.join(" ", parts));
    }

    @Test
    void paragraphBreaksArePreferredOverWords() {
        String first = "Erster Absatz. ".repeat(80).strip();
        String second = "Zweiter Absatz. ".repeat(80).strip();

        List<String> parts = discord.split(first + "\n\n" + second);

        assertEquals(List.of(first, second), parts);
    }

    @Test
    void aCodeBlockThatFitsIsMovedWholeIntoTheNextMessage() {
        String intro = "Hier ist ein Beispiel. ".repeat(40).strip();
        String code = "```java\n" + "System.out.println(\"Guten Tag\");\n".repeat(40) + "```";

        List<String> parts = discord.split(intro + "\n" + code);

        assertEquals(List.of(intro, code), parts, parts.stream()
                .map(p -> p.length() + ":[" + p.substring(0, 15) + "…" + p.substring(p.length() - 15) + "]").toList().toString());
    }

    @Test
    void aCodeBlockLongerThanAMessageIsClosedAndReopenedWithItsLanguage() {
        String code = "```python\n" + "print('Hallo Welt')\n".repeat(200) + "```";

        List<String> parts = new MessageSplitter(500).split(code);

        assertTrue(parts.size() > 1);
        for (String part : parts) {
            assertTrue(part.length() <= 500, part.length() + " characters");
            assertTrue(part.startsWith("```python\n"), part);
            assertTrue(part.endsWith("```"), part);
        }
        String body = String.join("\n", parts.stream().map(p -> p.substring("```python\n".length(), p.length() - 3).strip()).toList());
        assertEquals("print('Hallo Welt')\n".repeat(200).strip(), body);
    }

    @Test
    void aSingleWordLongerThanAMessageIsCutHard() {
        String word = "Donaudampfschifffahrtsgesellschaft".repeat(10);

        List<String> parts = new MessageSplitter(100).split(word);

        assertTrue(parts.stream().allMatch(p -> p.length() <= 100));
        assertEquals(word, String.join("", parts));
    }
}
