package de.sprechstunde.core.tutor;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Prepares written answers for a voice: strips markdown and emoji, and cuts long answers into
 * sentence groups so the first one can be spoken while the rest is still being synthesised.
 */
public final class SpokenText {

    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?…])\\s+");
    private static final Pattern MARKUP = Pattern.compile("[*_`~#>|]");
    private static final Pattern SYMBOLS = Pattern.compile("[\\p{So}\\p{Cn}\\x{FE0F}\\x{200D}]");

    private SpokenText() {
    }

    /** The text a voice should read: no markdown, no emoji, tidy white space. */
    public static String clean(String text) {
        String withoutMarkup = MARKUP.matcher(text).replaceAll("");
        String withoutSymbols = SYMBOLS.matcher(withoutMarkup).replaceAll("");
        return withoutSymbols.replaceAll("\\s+", " ").strip();
    }

    /** Sentences joined into chunks of at most about {@code maxChars}; a longer sentence is its own chunk. */
    public static List<String> chunks(String text, int maxChars) {
        List<String> chunks = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String sentence : SENTENCE_END.split(clean(text))) {
            if (sentence.isBlank()) {
                continue;
            }
            if (current.length() > 0 && current.length() + 1 + sentence.length() > maxChars) {
                chunks.add(current.toString());
                current.setLength(0);
            }
            if (current.length() > 0) {
                current.append(' ');
            }
            current.append(sentence);
        }
        if (current.length() > 0) {
            chunks.add(current.toString());
        }
        return chunks;
    }

    /** Whether a text has anything a voice could say. */
    public static boolean speakable(String text) {
        Matcher letters = Pattern.compile("\\p{L}").matcher(clean(text));
        return letters.find();
    }
}
