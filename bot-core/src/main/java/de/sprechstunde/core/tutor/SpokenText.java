package de.sprechstunde.core.tutor;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Prepares written answers for a voice: strips markdown and emoji, and cuts long answers into
 * sentence groups. The first sentence is always a chunk of its own, so the first voice message
 * is ready after one short synthesis instead of waiting for a long group.
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

    /**
     * The first sentence alone, then the following sentences joined into chunks of at most about
     * {@code maxChars}; a longer sentence is its own chunk.
     */
    public static List<String> chunks(String text, int maxChars) {
        List<String> chunks = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String sentence : SENTENCE_END.split(clean(text))) {
            if (sentence.isBlank()) {
                continue;
            }
            boolean firstDone = chunks.isEmpty() && current.length() > 0;
            if (current.length() > 0 && (firstDone || current.length() + 1 + sentence.length() > maxChars)) {
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
