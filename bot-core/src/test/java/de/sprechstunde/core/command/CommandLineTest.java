package de.sprechstunde.core.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CommandLineTest {

    @Test
    void aCommandWithTheBotNameSuffixIsTheSameCommand() {
        assertEquals(new CommandLine("level", "B1"), CommandLine.parse("/level@SprechstundeBot B1").orElseThrow());
    }

    @Test
    void namesAreCaseInsensitiveAndArgumentsKeepTheirSpaces() {
        assertEquals(new CommandLine("mode", "scenario In der Bäckerei"),
                CommandLine.parse("  /MODE   scenario In der Bäckerei ").orElseThrow());
    }

    @Test
    void ordinaryTextAndALoneSlashAreNoCommands() {
        assertTrue(CommandLine.parse("Ich heiße Tom").isEmpty());
        assertTrue(CommandLine.parse("/").isEmpty());
        assertTrue(CommandLine.parse("/ level").isEmpty());
    }
}
