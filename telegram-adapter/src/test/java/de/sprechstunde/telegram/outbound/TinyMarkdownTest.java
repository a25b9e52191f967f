package de.sprechstunde.telegram.outbound;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TinyMarkdownTest {

    private final TinyMarkdown markdown = new TinyMarkdown();

    @Test
    void boldItalicAndCodeBecomeHtmlTags() {
        assertEquals("<b>der</b> Tisch, <i>die</i> Lampe, <code>das Buch</code>",
                markdown.html("*der* Tisch, _die_ Lampe, `das Buch`"));
    }

    @Test
    void doubleAsterisksAsModelsWriteThemAreBoldToo() {
        assertEquals("<b>Wichtig:</b> immer groß", markdown.html("**Wichtig:** immer groß"));
    }

    @Test
    void htmlSpecialCharactersAreEscapedEverywhereIncludingCode() {
        assertEquals("a &lt; b &amp;&amp; c &gt; d <code>&lt;br&gt;</code>", markdown.html("a < b && c > d `<br>`"));
    }

    @Test
    void unpairedOrSpacedMarkersStayLiteral() {
        assertEquals("5 * 3 = 15 und *halb", markdown.html("5 * 3 = 15 und *halb"));
        assertEquals("snake_case_name", markdown.html("snake_case_name"));
        assertEquals("Hallo *", markdown.html("Hallo *"));
    }

    @Test
    void markersDoNotPairAcrossParagraphs() {
        assertEquals("*eins\n\nzwei*", markdown.html("*eins\n\nzwei*"));
    }

    @Test
    void nestedItalicInsideBoldWorks() {
        assertEquals("<b>sehr <i>gut</i></b>", markdown.html("*sehr _gut_*"));
    }

    @Test
    void plainTextDropsTheMarkersButKeepsTheCharacters() {
        assertEquals("der Tisch < das Buch & 5 * 3", markdown.plain("*der* Tisch < `das Buch` & 5 * 3"));
    }
}
