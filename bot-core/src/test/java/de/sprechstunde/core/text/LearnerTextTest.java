package de.sprechstunde.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LearnerTextTest {

    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = '|', ignoreLeadingAndTrailingWhitespace = false, value = {
            "Hal\u200Blo|Hallo|a zero-width space does not split a word",
            "Hal\u200Clo Welt\u200D|Hallo Welt|zero-width joiners go",
            "\uFEFFGuten Tag|Guten Tag|a byte-order mark goes",
            "Stra\u00ADße|Straße|a soft hyphen goes",
            "\u202EollaH\u202C|ollaH|bidi overrides go, the letters stay in the order typed",
            "\u2066Hallo\u2069|Hallo|bidi isolates go",
            "Mu\u0308ller|Müller|decomposed umlauts are composed (NFC)",
            "Hallo\u0000 Welt\u0007|Hallo Welt|NUL and bell are dropped",
            "Ich   bin\t\tmüde|Ich bin müde|runs of spaces and tabs fold to one",
            "Ich\u00A0bin\u2009hier|Ich bin hier|no-break and thin spaces are spaces",
            "  Hallo  |Hallo|the ends are trimmed"})
    void normalisesWhatTheLearnerCannotSee(String raw, String expected, String why) {
        assertEquals(expected, LearnerText.normalise(raw), why);
    }

    @Test
    void keepsLineBreaksInOneForm() {
        for (String raw : new String[] {"Erste Zeile\r\nZweite", "Erste Zeile\rZweite", "Erste Zeile \n Zweite", "Erste Zeile\u2028Zweite"}) {
            assertEquals("Erste Zeile\nZweite", LearnerText.normalise(raw), raw);
        }
    }

    @Test
    void foldsManyEmptyLinesToOne() {
        assertEquals("Absatz eins\n\nAbsatz zwei", LearnerText.normalise("Absatz eins\n\n\n\n\nAbsatz zwei"));
    }
}
