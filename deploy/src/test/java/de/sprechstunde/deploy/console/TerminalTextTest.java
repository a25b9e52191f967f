package de.sprechstunde.deploy.console;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TerminalTextTest {

    @Test
    void markdownMarksDisappearButWordsWithUnderscoresStay() {
        assertEquals("level B1, 🎤 Hallo, try /mode drill and snake_case",
                TerminalText.plain("level *B1*, 🎤 _Hallo_, try `/mode drill` and snake_case"));
    }
}
