package de.sprechstunde.telegram.fake;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Set;

/**
 * Parses text the way Telegram's HTML parse mode does (as documented): only the supported tags,
 * balanced; {@code <}, {@code >} and {@code &} outside tags must be entities. Returns the visible
 * text, whose length Telegram limits.
 */
final class TelegramHtml {

    static final class EntityError extends Exception {
        EntityError(String message) {
            super(message);
        }
    }

    private static final Set<String> TAGS = Set.of("b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "code", "pre",
            "a", "tg-spoiler", "span", "blockquote", "tg-emoji");

    private TelegramHtml() {
    }

    static String visibleText(String html) throws EntityError {
        StringBuilder visible = new StringBuilder();
        Deque<String> open = new ArrayDeque<>();
        int i = 0;
        while (i < html.length()) {
            char c = html.charAt(i);
            if (c == '<') {
                int end = html.indexOf('>', i);
                if (end < 0) {
                    throw new EntityError("Can't find end of the entity starting at byte offset " + i);
                }
                String tag = html.substring(i + 1, end).strip();
                boolean closing = tag.startsWith("/");
                String name = (closing ? tag.substring(1) : tag).split("[\\s=]", 2)[0].toLowerCase(Locale.ROOT);
                if (!TAGS.contains(name)) {
                    throw new EntityError("Unsupported start tag \"" + name + "\" at byte offset " + i);
                }
                if (closing && (open.isEmpty() || !open.pop().equals(name))) {
                    throw new EntityError("Unexpected end tag at byte offset " + i);
                }
                if (!closing) {
                    open.push(name);
                }
                i = end + 1;
            } else if (c == '&') {
                int end = html.indexOf(';', i);
                String entity = end < 0 ? "" : html.substring(i + 1, end);
                visible.append(switch (entity) {
                    case "lt" -> '<';
                    case "gt" -> '>';
                    case "amp" -> '&';
                    case "quot" -> '"';
                    default -> throw new EntityError("Character '&' at byte offset " + i + " must be escaped as &amp;");
                });
                i = end + 1;
            } else if (c == '>') {
                throw new EntityError("Character '>' at byte offset " + i + " must be escaped as &gt;");
            } else {
                visible.append(c);
                i++;
            }
        }
        if (!open.isEmpty()) {
            throw new EntityError("Can't find end tag corresponding to start tag \"" + open.peek() + "\"");
        }
        return visible.toString();
    }
}
