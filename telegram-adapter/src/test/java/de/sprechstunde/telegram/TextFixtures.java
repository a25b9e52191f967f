package de.sprechstunde.telegram;

import java.util.Arrays;
import java.util.List;

/** Long German texts for splitting tests. */
final class TextFixtures {

    private static final String[] SENTENCES = {
        "Am Wochenende fahre ich mit meiner Familie an die Ostsee.",
        "Wir wohnen in einer kleinen Pension direkt am Strand.",
        "Morgens gehen wir spazieren und sammeln Muscheln.",
        "Mittags essen wir Fischbrötchen im Hafen.",
        "Am Nachmittag lese ich ein Buch, während die Kinder Sandburgen bauen.",
        "Abends sitzen wir zusammen und erzählen uns Geschichten.",
    };

    private TextFixtures() {
    }

    /** Paragraphs of about 400 characters, separated by blank lines, at least {@code minChars} long. */
    static String germanParagraphs(int minChars) {
        StringBuilder text = new StringBuilder();
        int paragraph = 0;
        for (int i = 0; text.length() < minChars; i++) {
            text.append(SENTENCES[i % SENTENCES.length]);
            if (text.length() > (paragraph + 1) * 400) {
                text.append("\n\n");
                paragraph++;
            } else {
                text.append(' ');
            }
        }
        return text.toString().strip();
    }

    /** The words in order, ignoring how whitespace was placed. */
    static List<String> words(String text) {
        return Arrays.asList(text.strip().split("\\s+"));
    }
}
