package de.sprechstunde.telegram.outbound;

/**
 * Renders the core's tiny markdown ({@code *bold*}, {@code _italic_}, {@code `code`}; models also
 * write {@code **bold**}) as Telegram HTML or as plain text. A marker only counts when it has a
 * partner in the same paragraph and touches a word, so unclosed markers in a half-streamed answer,
 * {@code 5 * 3} or {@code snake_case} stay literal. Stateless and thread-safe.
 */
public final class TinyMarkdown {

    /** Telegram HTML: markup as tags, everything else escaped. */
    public String html(String markdown) {
        StringBuilder out = new StringBuilder(markdown.length() + 16);
        render(markdown, true, out);
        return out.toString();
    }

    /** The same text without any markup, for Telegram's plain-text fallback and for length checks. */
    public String plain(String markdown) {
        StringBuilder out = new StringBuilder(markdown.length());
        render(markdown, false, out);
        return out.toString();
    }

    private void render(String text, boolean html, StringBuilder out) {
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '`') {
                int end = closingCode(text, i + 1);
                if (end > 0) {
                    out.append(html ? "<code>" : "");
                    appendEscaped(text.substring(i + 1, end), html, out);
                    out.append(html ? "</code>" : "");
                    i = end + 1;
                    continue;
                }
            } else if (c == '*' || c == '_') {
                String marker = c == '*' && text.startsWith("**", i) ? "**" : String.valueOf(c);
                int end = opens(text, i, marker) ? closing(text, i + marker.length(), marker) : -1;
                if (end > 0) {
                    String tag = c == '*' ? "b" : "i";
                    out.append(html ? "<" + tag + ">" : "");
                    render(text.substring(i + marker.length(), end), html, out);
                    out.append(html ? "</" + tag + ">" : "");
                    i = end + marker.length();
                    continue;
                }
                appendEscaped(marker, html, out);
                i += marker.length();
                continue;
            }
            appendEscaped(String.valueOf(c), html, out);
            i++;
        }
    }

    private static int closingCode(String text, int from) {
        for (int j = from; j < text.length(); j++) {
            char c = text.charAt(j);
            if (c == '\n') {
                return -1;
            }
            if (c == '`') {
                return j > from ? j : -1;
            }
        }
        return -1;
    }

    private static boolean opens(String text, int at, String marker) {
        int next = at + marker.length();
        if (next >= text.length() || Character.isWhitespace(text.charAt(next)) || text.charAt(next) == marker.charAt(0)) {
            return false;
        }
        return marker.charAt(0) != '_' || at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1));
    }

    private static int closing(String text, int from, String marker) {
        for (int j = from + 1; j < text.length(); j++) {
            if (text.startsWith("\n\n", j)) {
                return -1;
            }
            if (!text.startsWith(marker, j) || Character.isWhitespace(text.charAt(j - 1))) {
                continue;
            }
            int after = j + marker.length();
            boolean doubled = after < text.length() && text.charAt(after) == marker.charAt(0);
            boolean wordFollows = marker.charAt(0) == '_' && after < text.length() && Character.isLetterOrDigit(text.charAt(after));
            if (!doubled && !wordFollows) {
                return j;
            }
        }
        return -1;
    }

    private static void appendEscaped(String text, boolean html, StringBuilder out) {
        if (!html) {
            out.append(text);
            return;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                default -> out.append(c);
            }
        }
    }
}
