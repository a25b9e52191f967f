package de.sprechstunde.core.text;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Puts learner text into one form before anything reads it, so invisible characters cannot split
 * a word („Hal\u200Blo“ must not become „llo“ → „floh“) or pad a message past its limit: Unicode
 * NFC; zero-width, soft-hyphen and bidi control characters removed; other control characters
 * dropped (line breaks kept); runs of spaces and tabs, including no-break spaces, folded to one;
 * more than one empty line folded to one.
 */
public final class LearnerText {

    private static final Pattern INVISIBLE = Pattern.compile(
            "[\\u00AD\\u061C\\u180E\\u200B-\\u200F\\u202A-\\u202E\\u2060-\\u2064\\u2066-\\u206F\\uFEFF]");
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\n\\t]]");
    private static final Pattern LINE_BREAK = Pattern.compile("\\r\\n?|[\\u2028\\u2029\\u0085]");
    private static final Pattern SPACES = Pattern.compile("[\\t\\p{Zs}]+");
    private static final Pattern SPACE_AROUND_BREAK = Pattern.compile(" ?\\n ?");
    private static final Pattern EMPTY_LINES = Pattern.compile("\\n{3,}");

    private LearnerText() {
    }

    public static String normalise(String text) {
        String result = LINE_BREAK.matcher(text).replaceAll("\n");
        result = Normalizer.normalize(result, Normalizer.Form.NFC);
        result = INVISIBLE.matcher(result).replaceAll("");
        result = CONTROL.matcher(result).replaceAll("");
        result = SPACES.matcher(result).replaceAll(" ");
        result = SPACE_AROUND_BREAK.matcher(result).replaceAll("\n");
        result = EMPTY_LINES.matcher(result).replaceAll("\n\n");
        return result.strip();
    }
}
