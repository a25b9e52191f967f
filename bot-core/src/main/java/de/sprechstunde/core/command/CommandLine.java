package de.sprechstunde.core.command;

import java.util.Locale;
import java.util.Optional;

/**
 * A parsed command: {@code /level@SprechstundeBot B1} → name {@code level}, arguments {@code B1}.
 */
public record CommandLine(String name, String arguments) {

    /** Parses text that starts with a slash; empty for ordinary text. */
    public static Optional<CommandLine> parse(String text) {
        String trimmed = text.strip();
        if (!trimmed.startsWith("/") || trimmed.length() < 2 || Character.isWhitespace(trimmed.charAt(1))) {
            return Optional.empty();
        }
        int space = indexOfWhitespace(trimmed);
        String head = space < 0 ? trimmed.substring(1) : trimmed.substring(1, space);
        String arguments = space < 0 ? "" : trimmed.substring(space + 1).strip();
        int at = head.indexOf('@');
        String name = (at >= 0 ? head.substring(0, at) : head).toLowerCase(Locale.ROOT);
        return Optional.of(new CommandLine(name, arguments));
    }

    private static int indexOfWhitespace(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isWhitespace(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }
}
