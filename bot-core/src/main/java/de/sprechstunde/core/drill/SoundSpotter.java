package de.sprechstunde.core.drill;

import java.text.Normalizer;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which of the drilled sounds a written German word contains, by spelling rules. The rules are
 * rough on their own; they are only asked about words of a phrase, and the answer is narrowed to
 * the sounds that phrase is tagged with, which makes them reliable enough to tell a learner
 * "Tür — practise the ü".
 */
public final class SoundSpotter {

    private static final Pattern SCH_SP_ST = Pattern.compile("sch|^(ge|ver|be|an|aus|ein|ent|er|zer|mit|vor|um)?s[pt]");
    private static final Pattern FINAL_DEVOICING = Pattern.compile("(b|d|(?<!n)g)(s|t|st)?$");
    private static final Pattern LONG_VOWEL = Pattern.compile("aa|ee|oo|ie|[aeiouäöü]h(?![aeiouäöü])");
    /** A noun this long is likely a compound (Fahrrad, Fußball); a longer word of any kind is. */
    private static final int COMPOUND_NOUN_LETTERS = 7;
    private static final int COMPOUND_LETTERS = 12;

    private SoundSpotter() {
    }

    /** The sounds {@code word} contains among {@code candidates}. */
    public static Set<Sound> spot(String word, Set<Sound> candidates) {
        Set<Sound> found = spot(word);
        found.retainAll(candidates);
        return found;
    }

    /**
     * The sounds a learner got wrong in a word to retry: for a mispronounced word the phrase's
     * sounds of the target word that the heard word lacks (Tür heard as Tier: the ü), else all the
     * phrase's sounds of the word.
     */
    public static Set<Sound> struggledIn(WordScore word, Set<Sound> phraseSounds) {
        Set<Sound> inTarget = spot(word.target(), phraseSounds);
        if (word.status() != WordStatus.MISPRONOUNCED) {
            return inTarget;
        }
        Set<Sound> lacking = EnumSet.noneOf(Sound.class);
        lacking.addAll(inTarget);
        lacking.removeAll(spot(word.heard()));
        return lacking.isEmpty() ? inTarget : lacking;
    }

    /** Every drilled sound {@code word} seems to contain. */
    public static Set<Sound> spot(String word) {
        String w = Normalizer.normalize(word, Normalizer.Form.NFC).toLowerCase(Locale.GERMAN).replaceAll("[^\\p{L}]", "");
        Set<Sound> found = EnumSet.noneOf(Sound.class);
        if (w.contains("ü")) {
            found.add(Sound.UMLAUT_UE);
        }
        if (w.contains("ö")) {
            found.add(Sound.UMLAUT_OE);
        }
        if (w.contains("ä")) {
            found.add(Sound.UMLAUT_AE);
        }
        addChSounds(w, found);
        if (w.contains("r")) {
            found.add(Sound.R);
        }
        if (w.contains("z")) {
            found.add(Sound.Z);
        }
        if (SCH_SP_ST.matcher(w).find()) {
            found.add(Sound.SCH_SP_ST);
        }
        if (FINAL_DEVOICING.matcher(w).find()) {
            found.add(Sound.FINAL_DEVOICING);
        }
        if (LONG_VOWEL.matcher(w).find()) {
            found.add(Sound.VOWEL_LENGTH);
        }
        boolean noun = !word.isEmpty() && Character.isUpperCase(word.codePointAt(0));
        if (w.length() >= COMPOUND_LETTERS || (noun && w.length() >= COMPOUND_NOUN_LETTERS)) {
            found.add(Sound.COMPOUNDS);
        }
        return found;
    }

    /** "ch" after a, o, u or au is the ach-Laut, after anything else the ich-Laut; "sch" and "chs" [ks] are neither. */
    private static void addChSounds(String w, Set<Sound> found) {
        for (int at = w.indexOf("ch"); at >= 0; at = w.indexOf("ch", at + 2)) {
            if (at == 0 || w.charAt(at - 1) == 's' || isKs(w, at)) {
                continue;
            }
            char before = w.charAt(at - 1);
            boolean backVowel = before == 'a' || before == 'o' || before == 'u';
            boolean frontDiphthong = before == 'u' && at >= 2 && (w.charAt(at - 2) == 'e' || w.charAt(at - 2) == 'ä');
            found.add(backVowel && !frontDiphthong ? Sound.ACH_LAUT : Sound.ICH_LAUT);
        }
    }

    private static boolean isKs(String w, int at) {
        return at + 2 < w.length() && w.charAt(at + 2) == 's' && !(at + 3 < w.length() && w.charAt(at + 3) == 't');
    }
}
