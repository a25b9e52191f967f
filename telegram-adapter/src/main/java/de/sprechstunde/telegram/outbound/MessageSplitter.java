package de.sprechstunde.telegram.outbound;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a long answer into parts Telegram accepts (4096 characters), preferring a paragraph break,
 * then a sentence end, then a space, and only as a last resort the middle of a word (never inside
 * a surrogate pair). Parts keep their order; a text that fits stays whole. Thread-safe.
 */
public final class MessageSplitter {

    /** Telegram's limit for a message text after entity parsing. */
    public static final int TELEGRAM_LIMIT = 4096;

    private final int limit;

    public MessageSplitter() {
        this(TELEGRAM_LIMIT);
    }

    public MessageSplitter(int limit) {
        if (limit < 16) {
            throw new IllegalArgumentException("limit must be at least 16");
        }
        this.limit = limit;
    }

    public List<String> split(String text) {
        List<String> parts = new ArrayList<>();
        String rest = text.strip();
        while (rest.length() > limit) {
            int cut = cutPoint(rest);
            parts.add(rest.substring(0, cut).stripTrailing());
            rest = rest.substring(cut).stripLeading();
        }
        if (!rest.isEmpty() || parts.isEmpty()) {
            parts.add(rest);
        }
        return parts;
    }

    private int cutPoint(String text) {
        String window = text.substring(0, limit);
        int half = limit / 2;
        int paragraph = window.lastIndexOf("\n\n");
        if (paragraph >= half) {
            return paragraph;
        }
        int sentence = lastSentenceEnd(window);
        if (sentence >= half) {
            return sentence;
        }
        if (paragraph > 0) {
            return paragraph;
        }
        if (sentence > 0) {
            return sentence;
        }
        int space = Math.max(window.lastIndexOf(' '), window.lastIndexOf('\n'));
        if (space > 0) {
            return space;
        }
        return Character.isHighSurrogate(text.charAt(limit - 1)) ? limit - 1 : limit;
    }

    /** The index just after the last {@code .}, {@code !}, {@code ?} or {@code …} followed by whitespace. */
    private static int lastSentenceEnd(String window) {
        for (int i = window.length() - 2; i > 0; i--) {
            char c = window.charAt(i);
            if ((c == '.' || c == '!' || c == '?' || c == '…') && Character.isWhitespace(window.charAt(i + 1))) {
                return i + 1;
            }
        }
        return -1;
    }
}
