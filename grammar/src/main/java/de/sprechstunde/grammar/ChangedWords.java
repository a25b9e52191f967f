package de.sprechstunde.grammar;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Narrows a correction to the words its fix changes. Rules often match a whole phrase („für das
 * Hauskauf“ → „für den Hauskauf“) where one word is wrong; showing the phrase tells the learner
 * that correct words were wrong. Words the wrong part and the fix share at the start and at the end
 * are dropped — except one neighbour when the fix only inserts or only deletes, so that both sides
 * of the correction still show words („ich ich“ → „ich“, not „ich“ → „“; an insertion shows the
 * word after it: „Schule“ → „zur Schule“).
 */
final class ChangedWords {

    private static final Pattern WORD = Pattern.compile("\\S+");

    /** The narrowed correction: offsets in the checked text, the wrong words and their fix. */
    record Change(int start, int end, String wrong, String fix) {
    }

    private ChangedWords() {
    }

    /**
     * @param start offset of {@code wrong} in the checked text
     * @return the smallest change that still shows words on both sides; empty when nothing changes
     */
    static Optional<Change> narrow(int start, String wrong, String fix) {
        List<int[]> from = words(wrong);
        List<int[]> to = words(fix);
        if (from.isEmpty()) {
            return Optional.empty();
        }
        int shared = Math.min(from.size(), to.size());
        int prefix = 0;
        while (prefix < shared && word(wrong, from.get(prefix)).equals(word(fix, to.get(prefix)))) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < shared - prefix
                && word(wrong, from.get(from.size() - 1 - suffix)).equals(word(fix, to.get(to.size() - 1 - suffix)))) {
            suffix++;
        }
        if (prefix + suffix == from.size() && prefix + suffix == to.size()) {
            return wrong.equals(fix) ? Optional.empty() : Optional.of(new Change(start, start + wrong.length(), wrong, fix));
        }
        if (prefix + suffix == from.size() && suffix > 0) {
            // an insertion shows the word it goes before („Schule“ → „zur Schule“): the missing word
            // belongs to what follows, and that is the word annotators mark (MultiGED, issue 11)
            suffix--;
        } else if ((prefix + suffix == from.size() || prefix + suffix == to.size()) && prefix + suffix > 0) {
            if (prefix > 0) {
                prefix--;
            } else {
                suffix--;
            }
        }
        int[] firstWrong = from.get(prefix);
        int[] lastWrong = from.get(from.size() - 1 - suffix);
        String narrowedFix = prefix < to.size() - suffix
                ? fix.substring(to.get(prefix)[0], to.get(to.size() - 1 - suffix)[1]) : "";
        return Optional.of(new Change(start + firstWrong[0], start + lastWrong[1],
                wrong.substring(firstWrong[0], lastWrong[1]), narrowedFix));
    }

    private static List<int[]> words(String text) {
        List<int[]> words = new ArrayList<>();
        Matcher matcher = WORD.matcher(text);
        while (matcher.find()) {
            words.add(new int[] {matcher.start(), matcher.end()});
        }
        return words;
    }

    private static String word(String text, int[] span) {
        return text.substring(span[0], span[1]);
    }
}
