package de.sprechstunde.deploy.console;

import java.util.regex.Pattern;

/** The core's tiny markdown (*bold*, _italic_, `code`) shown as plain terminal text. */
final class TerminalText {

    private static final Pattern BOLD = Pattern.compile("\\*([^*\\n]+)\\*");
    private static final Pattern ITALIC = Pattern.compile("(?<![\\p{L}\\p{N}])_([^_\\n]+)_(?![\\p{L}\\p{N}])");
    private static final Pattern CODE = Pattern.compile("`([^`\\n]+)`");

    private TerminalText() {
    }

    static String plain(String markdown) {
        String text = BOLD.matcher(markdown).replaceAll("$1");
        text = ITALIC.matcher(text).replaceAll("$1");
        return CODE.matcher(text).replaceAll("$1");
    }
}
