package de.sprechstunde.discord.outbound;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DiscordMarkdownTest {

    private final DiscordMarkdown markdown = new DiscordMarkdown();

    @Test
    void theCoresSingleStarBoldBecomesDiscordsDoubleStar() {
        assertEquals("Dein Niveau ist **B1**.", markdown.render("Dein Niveau ist *B1*."));
    }

    @Test
    void italicCodeAndDiscordsOwnBoldPassUnchanged() {
        String text = "🎤 _Ich habe_ `der Hund` **schon fett** und ```\n*nicht* anfassen\n```";
        assertEquals(text, markdown.render(text));
    }

    @Test
    void aLoneStarIsLeftAlone() {
        assertEquals("5 * 3 = 15 und *", markdown.render("5 * 3 = 15 und *"));
    }
}
