package de.sprechstunde.core.drill;

import de.sprechstunde.core.port.Transcript;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Scores a spoken attempt against its target phrase by aligning words (edit distance over
 * normalised words: case, punctuation, ß/ss and umlaut spellings do not count as mistakes).
 */
public final class PronunciationScorer {

    public PronunciationScore score(String target, Transcript transcript) {
        List<String> targetWords = words(target);
        List<String> heardWords = words(transcript.text());
        List<WordScore> aligned = align(targetWords, heardWords);
        long targets = aligned.stream().filter(w -> w.status() != WordStatus.EXTRA).count();
        long said = aligned.stream().filter(w -> w.status() == WordStatus.CORRECT || w.status() == WordStatus.MISPRONOUNCED).count();
        long correct = aligned.stream().filter(w -> w.status() == WordStatus.CORRECT).count();
        long extra = aligned.stream().filter(w -> w.status() == WordStatus.EXTRA).count();
        int completeness = targets == 0 ? 0 : (int) Math.round(100.0 * said / targets);
        int accuracy = said + extra == 0 ? 0 : (int) Math.round(100.0 * correct / (said + extra));
        int fluency = 100;
        int overall = (int) Math.round(0.6 * accuracy + 0.3 * completeness + 0.1 * fluency);
        if (said == 0) {
            overall = 0;
        }
        return new PronunciationScore(overall, accuracy, completeness, fluency, aligned);
    }

    /** The words of a phrase as they are shown (punctuation stripped), in order. */
    static List<String> words(String text) {
        return Arrays.stream(text.strip().split("[\\s]+"))
                .map(w -> w.replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$", ""))
                .filter(w -> !w.isEmpty())
                .toList();
    }

    /** Lowercase, ß → ss, ä → ae and so on, so spelling variants compare equal. */
    static String normalise(String word) {
        String lower = word.toLowerCase(Locale.GERMAN)
                .replace("ß", "ss").replace("ä", "ae").replace("ö", "oe").replace("ü", "ue");
        return Normalizer.normalize(lower, Normalizer.Form.NFKC).replaceAll("[^\\p{L}\\p{N}]", "");
    }

    private static List<WordScore> align(List<String> target, List<String> heard) {
        int n = target.size();
        int m = heard.size();
        int[][] cost = new int[n + 1][m + 1];
        for (int i = 0; i <= n; i++) {
            cost[i][0] = i;
        }
        for (int j = 0; j <= m; j++) {
            cost[0][j] = j;
        }
        for (int i = 1; i <= n; i++) {
            for (int j = 1; j <= m; j++) {
                int substitution = cost[i - 1][j - 1] + (same(target.get(i - 1), heard.get(j - 1)) ? 0 : 1);
                cost[i][j] = Math.min(substitution, Math.min(cost[i - 1][j] + 1, cost[i][j - 1] + 1));
            }
        }
        List<WordScore> path = new ArrayList<>();
        int i = n;
        int j = m;
        while (i > 0 || j > 0) {
            if (i > 0 && j > 0 && cost[i][j] == cost[i - 1][j - 1] + (same(target.get(i - 1), heard.get(j - 1)) ? 0 : 1)) {
                boolean same = same(target.get(i - 1), heard.get(j - 1));
                path.add(new WordScore(target.get(i - 1), heard.get(j - 1), same ? WordStatus.CORRECT : WordStatus.MISPRONOUNCED, same ? 100 : 30));
                i--;
                j--;
            } else if (i > 0 && cost[i][j] == cost[i - 1][j] + 1) {
                path.add(new WordScore(target.get(i - 1), "", WordStatus.MISSED, 0));
                i--;
            } else {
                path.add(new WordScore("", heard.get(j - 1), WordStatus.EXTRA, 0));
                j--;
            }
        }
        Collections.reverse(path);
        return path;
    }

    private static boolean same(String a, String b) {
        return normalise(a).equals(normalise(b));
    }
}
