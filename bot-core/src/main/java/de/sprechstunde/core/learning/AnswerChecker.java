package de.sprechstunde.core.learning;

import de.sprechstunde.core.text.EditDistance;
import de.sprechstunde.core.text.GermanLetters;
import de.sprechstunde.core.text.LearnerText;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks a typed (or spoken) answer tolerantly and suggests a rating: case, punctuation and the
 * umlaut spellings ae/oe/ue/ss do not matter; a missing article (or auxiliary) is {@code Hard}, a
 * wrong one {@code Again}; one slip of a letter inside a longer word is {@code Hard} (a
 * different ending is not a slip); a missing part
 * ("der Bahnhof" without the plural) is {@code Hard}. Stateless and thread-safe.
 */
public final class AnswerChecker {

    /** The words that lead an answer and are checked on their own: articles and perfect-tense auxiliaries. */
    private static final Set<String> LEADING = Set.of("der", "die", "das", "den", "dem", "des", "ein", "eine", "einen",
            "einem", "einer", "eines", "hat", "ist", "haben", "sein", "sind", "bin", "bist", "habe", "hast");
    private static final Pattern NOT_A_LETTER = Pattern.compile("[^\\p{L}\\p{N} ]");
    private static final int SLIP_MIN_LENGTH = 5;

    /**
     * @param expected the card's answer; parts separated by commas
     * @param source   the card's whole sentence: typing all of it is right too
     * @param given    what the learner wrote
     * @return the suggested rating, or empty when the answer has no letters or digits at all (emoji, punctuation)
     */
    public Optional<Rating> check(String expected, String source, String given) {
        String answer = fold(given);
        if (answer.isBlank()) {
            return Optional.empty();
        }
        if (!source.isBlank() && answer.equals(fold(source))) {
            return Optional.of(Rating.GOOD);
        }
        List<String> want = parts(expected);
        List<String> got = parts(given);
        Rating worst = got.size() < want.size() ? Rating.HARD : Rating.GOOD;
        if (got.size() > want.size()) {
            // more parts than asked: compare the whole answer as one
            got = List.of(String.join(" ", got));
            want = List.of(String.join(" ", want));
        }
        for (int i = 0; i < Math.min(want.size(), got.size()); i++) {
            Rating part = comparePart(want.get(i), got.get(i));
            if (part.grade() < worst.grade()) {
                worst = part;
            }
        }
        return Optional.of(worst);
    }

    private static Rating comparePart(String want, String got) {
        if (want.equals(got)) {
            return Rating.GOOD;
        }
        List<String> w = words(want);
        List<String> g = words(got);
        boolean wantsLeading = w.size() > 1 && LEADING.contains(w.get(0));
        if (wantsLeading) {
            List<String> rest = w.subList(1, w.size());
            boolean gotLeading = g.size() > 1 && LEADING.contains(g.get(0));
            if (!gotLeading) {
                return sameWords(rest, g) == Rating.AGAIN ? Rating.AGAIN : Rating.HARD;
            }
            if (!g.get(0).equals(w.get(0))) {
                return Rating.AGAIN;
            }
            return sameWords(rest, g.subList(1, g.size()));
        }
        return sameWords(w, g);
    }

    private static Rating sameWords(List<String> want, List<String> got) {
        if (want.size() != got.size()) {
            return Rating.AGAIN;
        }
        Rating result = Rating.GOOD;
        for (int i = 0; i < want.size(); i++) {
            String a = want.get(i);
            String b = got.get(i);
            if (a.equals(b)) {
                continue;
            }
            if (slip(a, b)) {
                result = Rating.HARD;
            } else {
                return Rating.AGAIN;
            }
        }
        return result;
    }

    // one letter off inside a longer word; a different ending is grammar (schöne for schönen), not a slip
    private static boolean slip(String want, String got) {
        return want.length() >= SLIP_MIN_LENGTH && got.length() >= 2
                && want.endsWith(got.substring(got.length() - 2)) && EditDistance.between(want, got) == 1;
    }

    private static List<String> parts(String text) {
        return Arrays.stream(text.split("[,;/]")).map(AnswerChecker::fold).filter(p -> !p.isBlank()).toList();
    }

    private static List<String> words(String folded) {
        return Arrays.asList(folded.split(" "));
    }

    private static String fold(String text) {
        String letters = NOT_A_LETTER.matcher(GermanLetters.fold(LearnerText.normalise(text)).replace('\n', ' ')).replaceAll(" ");
        return letters.strip().replaceAll(" +", " ");
    }
}
