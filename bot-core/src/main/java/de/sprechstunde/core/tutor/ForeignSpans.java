package de.sprechstunde.core.tutor;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parts of a learner's message that are not their own German: what they quote, the word they
 * ask about ("Wie sagt man 'cat' auf Deutsch?"), links, e-mail addresses, @mentions, #tags,
 * code, and English words mixed in ({@link MixedInWords}). A correction there would be a false
 * alarm, so none is shown or counted.
 */
final class ForeignSpans {

    /** A part of the text, {@code start} inclusive, {@code end} exclusive. */
    record Span(int start, int end) {
        boolean overlaps(int otherStart, int otherEnd) {
            return otherStart < end && start < otherEnd;
        }
    }

    private static final List<Pattern> FOREIGN = List.of(
            // quotations: German, English, French, single; a single quote must not be an apostrophe (geht's)
            Pattern.compile("„[^“”\"\\n]{1,200}[“”\"]"),
            Pattern.compile("\"[^\"\\n]{1,200}\""),
            Pattern.compile("“[^”\\n]{1,200}”"),
            Pattern.compile("[«»][^«»\\n]{1,200}[«»]"),
            Pattern.compile("[‚‘][^‘’\\n]{1,200}[‘’]"),
            Pattern.compile("(?<![\\p{L}\\p{N}])'[^'\\n]{1,200}'(?![\\p{L}\\p{N}])"),
            Pattern.compile("`[^`]{1,2000}`"),
            Pattern.compile("(?i)\\b(?:https?://|www\\.)\\S+"),
            Pattern.compile("[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}.-]+\\.\\p{L}{2,}"),
            Pattern.compile("(?<![\\p{L}\\p{N}])[@#][\\p{L}\\p{N}_]{2,}"));

    // "wie sagt man X (auf Deutsch)", "was heißt/bedeutet X", "how do you say X", "what does X mean":
    // group 1 is the word asked about.
    private static final List<Pattern> ASKED_ABOUT = List.of(
            Pattern.compile("(?iu)\\b(?:wie sagt man|wie schreibt man|wie spricht man|was hei(?:ß|ss)t|was bedeutet)\\s+"
                    + "([^?.!,\\n]{1,60}?)\\s*(?:auf deutsch|auf englisch|im deutschen|in german|\\?|$|[.!,])"),
            Pattern.compile("(?iu)\\b(?:how do (?:you|i) say|how to say|how do you spell)\\s+"
                    + "([^?.!,\\n]{1,60}?)\\s*(?:in german|auf deutsch|\\?|$|[.!,])"),
            // "was ist X" / "what is X" ask about a word only when a language is named
            Pattern.compile("(?iu)\\b(?:was ist|what is|what's)\\s+([^?.!,\\n]{1,60}?)\\s*(?:auf deutsch|auf englisch|in german)"),
            Pattern.compile("(?iu)\\bwhat does\\s+([^?.!,\\n]{1,60}?)\\s+mean\\b"));

    private ForeignSpans() {
    }

    static List<Span> in(String text) {
        List<Span> spans = new ArrayList<>();
        for (Pattern pattern : FOREIGN) {
            Matcher matcher = pattern.matcher(text);
            while (matcher.find()) {
                spans.add(new Span(matcher.start(), matcher.end()));
            }
        }
        for (Pattern pattern : ASKED_ABOUT) {
            Matcher matcher = pattern.matcher(text);
            while (matcher.find()) {
                spans.add(new Span(matcher.start(1), matcher.end(1)));
            }
        }
        spans.addAll(MixedInWords.english(text));
        return spans;
    }
}
