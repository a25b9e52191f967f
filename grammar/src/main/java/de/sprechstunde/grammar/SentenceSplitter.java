package de.sprechstunde.grammar;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a message into sentences for caching: after ., ! or ? followed by white space. Simple on
 * purpose — a wrong split ("z. B.") only costs a cache entry, the check itself sees whole sentences
 * either way because LanguageTool splits again.
 */
final class SentenceSplitter {

    /** A sentence and where it starts in the message. */
    record Piece(String text, int offset) {
    }

    List<Piece> split(String text) {
        List<Piece> pieces = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean end = (c == '.' || c == '!' || c == '?') && i + 1 < text.length() && Character.isWhitespace(text.charAt(i + 1));
            if (end || c == '\n') {
                add(pieces, text, start, i + 1);
                start = i + 1;
            }
        }
        add(pieces, text, start, text.length());
        return pieces;
    }

    private static void add(List<Piece> pieces, String text, int from, int to) {
        int a = from;
        int b = to;
        while (a < b && Character.isWhitespace(text.charAt(a))) {
            a++;
        }
        while (b > a && Character.isWhitespace(text.charAt(b - 1))) {
            b--;
        }
        if (a < b) {
            pieces.add(new Piece(text.substring(a, b), a));
        }
    }
}
