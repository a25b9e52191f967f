package de.sprechstunde.core.tutor;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Prepares written answers for a voice: strips markdown and emoji, cuts them into sentences (each
 * synthesised as soon as the model has finished it) and groups the sentences into voice messages.
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

    /** The sentences a voice reads, in order. */
    public static List<String> sentences(String text) {
        List<String> sentences = new ArrayList<>();
        for (String sentence : SENTENCE_END.split(clean(text))) {
            if (!sentence.isBlank()) {
                sentences.add(sentence);
            }
        }
        return sentences;
    }

    /**
     * The sentences of a text still being written that are complete: all but the last, which may
     * still grow. A sentence counts as ended once white space follows its full stop, so the same
     * text gives the same sentences whether read while it streams or when it is complete.
     */
    public static List<String> finishedSentences(String textSoFar) {
        List<String> sentences = sentences(textSoFar);
        return sentences.isEmpty() ? sentences : sentences.subList(0, sentences.size() - 1);
    }

    /**
     * Which voice message each sentence belongs to: sentences are added to one message up to
     * about {@code maxChars} (a longer sentence is a message of its own). Each sentence's message
     * depends only on the sentences before it, so it is known as soon as the sentence is.
     *
     * @return for each sentence, the number of its message, counting from 0
     */
    public static List<Integer> clips(List<String> sentences, int maxChars) {
        List<Integer> clips = new ArrayList<>();
        int clip = 0;
        int length = 0;
        for (String sentence : sentences) {
            if (length > 0 && length + 1 + sentence.length() > maxChars) {
                clip++;
                length = 0;
            }
            length += (length > 0 ? 1 : 0) + sentence.length();
            clips.add(clip);
        }
        return clips;
    }

    /** Whether a text has anything a voice could say. */
    public static boolean speakable(String text) {
        Matcher letters = Pattern.compile("\\p{L}").matcher(clean(text));
        return letters.find();
    }
}
