package de.sprechstunde.discord.outbound;

/**
 * Renders the core's tiny markdown for Discord. The core writes {@code *bold*}, {@code _italic_}
 * and {@code `code`}; Discord reads a single star as italic, so single-star spans become
 * {@code **bold**}. Code spans, code blocks and text the model already wrote in Discord's own
 * {@code **bold**} pass unchanged.
 */
public final class DiscordMarkdown {

    public String render(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        int i = 0;
        while (i < text.length()) {
            if (text.startsWith("```", i)) {
                int close = text.indexOf("```", i + 3);
                int end = close < 0 ? text.length() : close + 3;
                out.append(text, i, end);
                i = end;
            } else if (text.charAt(i) == '`') {
                int close = text.indexOf('`', i + 1);
                int end = close < 0 ? text.length() : close + 1;
                out.append(text, i, end);
                i = end;
            } else if (text.startsWith("**", i)) {
                out.append("**");
                i += 2;
            } else if (text.charAt(i) == '*' && singleStarSpanEnd(text, i) > 0) {
                int close = singleStarSpanEnd(text, i);
                out.append("**").append(text, i + 1, close).append("**");
                i = close + 1;
            } else {
                out.append(text.charAt(i));
                i++;
            }
        }
        return out.toString();
    }

    /** The index of the star closing a {@code *bold*} span opened at {@code open}, on the same line; -1 if none. */
    private static int singleStarSpanEnd(String text, int open) {
        if (open + 1 >= text.length() || Character.isWhitespace(text.charAt(open + 1))) {
            return -1;
        }
        for (int j = open + 1; j < text.length(); j++) {
            char c = text.charAt(j);
            if (c == '\n' || c == '`') {
                return -1;
            }
            if (c == '*') {
                boolean doubled = j + 1 < text.length() && text.charAt(j + 1) == '*';
                return doubled || Character.isWhitespace(text.charAt(j - 1)) ? -1 : j;
            }
        }
        return -1;
    }
}
