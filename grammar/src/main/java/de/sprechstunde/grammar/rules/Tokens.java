package de.sprechstunde.grammar.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.languagetool.AnalyzedSentence;
import org.languagetool.AnalyzedToken;
import org.languagetool.AnalyzedTokenReadings;

/**
 * The words of one analysed sentence (no white space, no sentence-start marker), with the questions
 * the learner rules ask about them. Offsets are relative to the sentence, as LanguageTool expects.
 */
final class Tokens {

    private static final Pattern FINITE = Pattern.compile("VER:(?:AUX:|MOD:)?([123]):(SIN|PLU):.*");
    private static final Set<String> CLAUSE_PUNCTUATION = Set.of(",", ".", "!", "?", ";", ":", "–", "-", "(", ")", "\"", "„", "“");

    private final AnalyzedSentence sentence;
    private final List<AnalyzedTokenReadings> words = new ArrayList<>();

    Tokens(AnalyzedSentence sentence) {
        this.sentence = sentence;
        for (AnalyzedTokenReadings token : sentence.getTokensWithoutWhitespace()) {
            if (!token.isSentenceStart() && !token.getToken().isEmpty()) {
                words.add(token);
            }
        }
    }

    AnalyzedSentence sentence() {
        return sentence;
    }

    int size() {
        return words.size();
    }

    String word(int i) {
        return words.get(i).getToken();
    }

    String lower(int i) {
        return i >= 0 && i < words.size() ? word(i).toLowerCase(Locale.ROOT) : "";
    }

    boolean is(int i, String... lowerCaseWords) {
        String word = lower(i);
        for (String candidate : lowerCaseWords) {
            if (candidate.equals(word)) {
                return true;
            }
        }
        return false;
    }

    int start(int i) {
        return words.get(i).getStartPos();
    }

    int end(int i) {
        return words.get(i).getEndPos();
    }

    /** The sentence text from word {@code from} to word {@code to}, both inclusive. */
    String text(int from, int to) {
        return sentence.getText().substring(start(from), end(to));
    }

    List<AnalyzedToken> readings(int i) {
        return words.get(i).getReadings().stream().filter(r -> r.getPOSTag() != null).toList();
    }

    boolean hasTag(int i, String prefix) {
        return i >= 0 && i < words.size() && readings(i).stream().anyMatch(r -> r.getPOSTag().startsWith(prefix));
    }

    Optional<String> lemma(int i, String prefix) {
        return readings(i).stream().filter(r -> r.getPOSTag().startsWith(prefix)).map(AnalyzedToken::getLemma).findFirst();
    }

    /** Lemmas of all verb readings of a word (finite, infinitive or participle). */
    List<String> verbLemmas(int i) {
        return readings(i).stream().filter(r -> r.getPOSTag().startsWith("VER")).map(AnalyzedToken::getLemma).distinct().toList();
    }

    /** Lemmas of the past-participle readings of a word, in context and out of it. */
    List<String> participleLemmas(int i) {
        return readings(i).stream().filter(r -> r.getPOSTag().startsWith("VER:PA2")).map(AnalyzedToken::getLemma)
                .distinct().toList();
    }

    boolean isPunctuation(int i) {
        return i < 0 || i >= words.size() || CLAUSE_PUNCTUATION.contains(word(i));
    }

    boolean isCapitalised(int i) {
        return Character.isUpperCase(word(i).charAt(0));
    }

    /** Whether the word can be a finite verb agreeing with this person and number. */
    boolean isFiniteFor(int i, Person person) {
        if (i < 0 || i >= words.size()) {
            return false;
        }
        for (AnalyzedToken reading : readings(i)) {
            Matcher m = FINITE.matcher(reading.getPOSTag());
            if (m.matches() && person.agreesWith(Integer.parseInt(m.group(1)), m.group(2).equals("PLU"))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the word can be a finite verb of any person. */
    boolean isFinite(int i) {
        return i >= 0 && i < words.size()
                && readings(i).stream().anyMatch(r -> FINITE.matcher(r.getPOSTag()).matches());
    }

    /** The index after the last word of the clause that contains {@code i} (a comma or the end). */
    int clauseEnd(int i) {
        int j = i;
        while (j < words.size() && !isPunctuation(j)) {
            j++;
        }
        return j;
    }

    /** The first word of the clause that contains {@code i}. */
    int clauseStart(int i) {
        int j = i;
        while (j > 0 && !isPunctuation(j - 1)) {
            j--;
        }
        return j;
    }
}
