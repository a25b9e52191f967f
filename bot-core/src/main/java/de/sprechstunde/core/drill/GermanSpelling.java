package de.sprechstunde.core.drill;

import de.sprechstunde.core.text.EditDistance;
import de.sprechstunde.core.text.GermanLetters;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * How written German words are compared in a drill: spelling variants that say nothing about
 * pronunciation (case, punctuation, ß/ss, ä/ae, a recogniser writing "2" for "zwei") compare equal.
 */
final class GermanSpelling {

    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");
    private static final Pattern EDGE_PUNCTUATION = Pattern.compile("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$");
    private static final Pattern NOT_A_LETTER = Pattern.compile("[^\\p{L}\\p{N}]");
    // Whisper often writes small numbers as digits; the phrases spell them out.
    private static final Map<String, String> NUMBERS = Map.ofEntries(
            Map.entry("0", "null"), Map.entry("1", "eins"), Map.entry("2", "zwei"), Map.entry("3", "drei"),
            Map.entry("4", "vier"), Map.entry("5", "fuenf"), Map.entry("6", "sechs"), Map.entry("7", "sieben"),
            Map.entry("8", "acht"), Map.entry("9", "neun"), Map.entry("10", "zehn"), Map.entry("11", "elf"),
            Map.entry("12", "zwoelf"), Map.entry("13", "dreizehn"), Map.entry("14", "vierzehn"),
            Map.entry("15", "fuenfzehn"), Map.entry("16", "sechzehn"), Map.entry("17", "siebzehn"),
            Map.entry("18", "achtzehn"), Map.entry("19", "neunzehn"), Map.entry("20", "zwanzig"),
            Map.entry("100", "hundert"));

    private GermanSpelling() {
    }

    /** The words of a text as written (edge punctuation stripped), in order. */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (String token : WHITE_SPACE.split(text.strip())) {
            String word = EDGE_PUNCTUATION.matcher(token).replaceAll("");
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }

    /** The comparable form: composed, lower case, ß → ss, umlauts as ae/oe/ue, letters and digits only. */
    static String normalise(String word) {
        String spelled = GermanLetters.fold(Normalizer.normalize(word, Normalizer.Form.NFC));
        String bare = NOT_A_LETTER.matcher(spelled).replaceAll("");
        return NUMBERS.getOrDefault(bare, bare);
    }

    static boolean same(String a, String b) {
        return normalise(a).equals(normalise(b));
    }

    /** 1 for the same word, 0 for nothing in common: 1 − edit distance / longer length, on normalised forms. */
    static double similarity(String a, String b) {
        String x = normalise(a);
        String y = normalise(b);
        int longer = Math.max(x.length(), y.length());
        return longer == 0 ? 1.0 : 1.0 - (double) EditDistance.between(x, y) / longer;
    }
}
