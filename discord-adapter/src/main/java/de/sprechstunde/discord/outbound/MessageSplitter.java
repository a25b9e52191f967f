package de.sprechstunde.discord.outbound;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a long text into Discord messages of at most {@code limit} characters. It cuts at a
 * paragraph break if it can, else at a line break, else after a sentence, else between words; only a single word longer
 * than a whole message is cut inside. A cut inside a {@code ```} code block closes the block at the
 * end of one message and reopens it (with its language) at the start of the next, so each message
 * renders on its own.
 */
public final class MessageSplitter {

    /** Discord's limit for a message's content. */
    public static final int DISCORD_LIMIT = 2000;

    private static final String FENCE = "```";
    private static final String CLOSE = "\n" + FENCE;

    private final int limit;

    public MessageSplitter(int limit) {
        if (limit < 50) {
            throw new IllegalArgumentException("limit too small to split sensibly: " + limit);
        }
        this.limit = limit;
    }

    public List<String> split(String text) {
        List<String> parts = new ArrayList<>();
        String rest = text.strip();
        String openFence = null;
        while (!rest.isEmpty()) {
            String prefix = openFence == null ? "" : openFence + "\n";
            if (prefix.length() + rest.length() <= limit) {
                parts.add(prefix + rest);
                break;
            }
            int budget = limit - prefix.length() - CLOSE.length();
            FenceScan scan = FenceScan.of(rest, openFence, budget);
            int cut = bestCut(rest, scan, budget);
            String piece = rest.substring(0, cut).stripTrailing();
            String fenceAfter = scan.fenceAt(cut);
            parts.add(prefix + piece + (fenceAfter == null ? "" : CLOSE));
            rest = rest.substring(cut);
            rest = fenceAfter == null ? rest.strip() : dropOneLineBreak(rest).stripTrailing();
            if (fenceAfter != null && rest.startsWith(FENCE)) {
                // the block ends right here: no need to reopen it just to close it
                int eol = rest.indexOf('\n');
                rest = eol < 0 ? "" : rest.substring(eol + 1).strip();
                fenceAfter = null;
            }
            openFence = fenceAfter;
        }
        return parts;
    }

    /** The latest good place to cut at or before {@code budget}, preferring cuts outside code blocks. */
    private static int bestCut(String text, FenceScan scan, int budget) {
        int floor = budget / 2;
        for (boolean insideAllowed : new boolean[] {false, true}) {
            for (int from : new int[] {floor, 1}) {
                for (Boundary kind : Boundary.values()) {
                    for (int i = budget; i >= from; i--) {
                        if (kind.matches(text, i) && (insideAllowed || scan.fenceAt(i) == null)) {
                            return i;
                        }
                    }
                }
            }
        }
        int hard = budget;
        if (Character.isLowSurrogate(text.charAt(hard))) {
            hard--;
        }
        return hard;
    }

    private static String dropOneLineBreak(String text) {
        return text.startsWith("\n") ? text.substring(1) : text.startsWith(" ") ? text.substring(1) : text;
    }

    /** Where a cut may go: before the whitespace at index {@code i}. */
    private enum Boundary {
        PARAGRAPH, LINE, SENTENCE, WORD;

        boolean matches(String text, int i) {
            if (i <= 0 || i >= text.length()) {
                return false;
            }
            return switch (this) {
                case PARAGRAPH -> text.startsWith("\n\n", i);
                case LINE -> text.charAt(i) == '\n';
                case SENTENCE -> text.charAt(i) == ' ' && ".!?…".indexOf(text.charAt(i - 1)) >= 0;
                case WORD -> text.charAt(i) == ' ' || text.charAt(i) == '\t';
            };
        }
    }

    /** For every position up to the budget: the fence line of the code block it lies in, or null. */
    private static final class FenceScan {
        private final String[] fenceAt;

        private FenceScan(String[] fenceAt) {
            this.fenceAt = fenceAt;
        }

        static FenceScan of(String text, String initiallyOpen, int budget) {
            int end = Math.min(text.length(), budget + 1);
            String[] state = new String[end + 1];
            String open = initiallyOpen;
            int lineStart = 0;
            for (int i = 0; i <= end; i++) {
                if (i == lineStart && text.startsWith(FENCE, i)) {
                    int eol = text.indexOf('\n', i);
                    String line = (eol < 0 ? text.substring(i) : text.substring(i, eol)).strip();
                    String before = open;
                    open = before == null ? line : null;
                    // a cut before the fence line keeps the state before it; inside the line itself is never good
                    String within = before != null ? before : open;
                    state[i] = before;
                    int lineEnd = eol < 0 ? end : Math.min(eol - 1, end);
                    for (int j = i + 1; j <= lineEnd; j++) {
                        state[j] = within;
                    }
                    if (eol < 0 || eol > end) {
                        break;
                    }
                    state[eol] = open;
                    i = eol;
                    lineStart = eol + 1;
                    continue;
                }
                state[i] = open;
                if (i < text.length() && text.charAt(i) == '\n') {
                    lineStart = i + 1;
                }
            }
            return new FenceScan(state);
        }

        String fenceAt(int i) {
            return i < fenceAt.length ? fenceAt[i] : null;
        }
    }
}
