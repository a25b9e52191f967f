package de.sprechstunde.grammar.rules;

import de.sprechstunde.core.learner.MistakeCategory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Comparisons: "als" after a comparative and "wie" after so/genauso ("älter wie ich" → "als",
 * "so teuer als" → "wie"); the comparative itself ("mehr kalt" → "kälter", "gutter" → "besser");
 * and the nominative after als/wie when subjects are compared ("größer als mich" → "als ich").
 */
public final class ComparisonRule extends LearnerRule {

    private static final Set<String> EQUALITY = Set.of("so", "genauso", "ebenso", "gleich");
    private static final Set<String> COMPARATIVE_WORDS = Set.of("mehr", "weniger", "lieber", "öfter", "eher", "besser", "anders");
    private static final Map<String, String> NOMINATIVE = Map.of("mich", "ich", "dich", "du", "ihn", "er", "uns", "wir", "euch", "ihr");
    private static final Map<String, String> IRREGULAR = Map.of("gutter", "besser", "guter", "besser", "güter", "besser",
            "vieler", "mehr", "hocher", "höher", "hoher", "höher", "naher", "näher", "gerner", "lieber");
    static final Explanation ALS = new Explanation(
            "After a comparative use „als“: größer als, besser als.",
            "Nach dem Komparativ steht „als“: größer als, besser als.");
    static final Explanation WIE = new Explanation(
            "Equal things: „so … wie“ / „genauso … wie“, never „als“.",
            "Gleichheit: „so … wie“ / „genauso … wie“, nicht „als“.");
    static final Explanation FORM = new Explanation(
            "German forms the comparative with -er (often with umlaut), not with „mehr“: kalt → kälter, gut → besser.",
            "Der Komparativ wird mit -er gebildet (oft mit Umlaut), nicht mit „mehr“: kalt → kälter, gut → besser.");
    static final Explanation PRONOUN = new Explanation(
            "After als / wie the pronoun takes the case of what it is compared with — usually the subject: „größer als ich“.",
            "Nach als / wie steht das Pronomen im Kasus des Verglichenen – meist des Subjekts: „größer als ich“.");

    public ComparisonRule(Lexicon lexicon) {
        super(lexicon, "SPRECHSTUNDE_COMPARISON", "Comparisons with als and wie", MistakeCategory.COMPARISON, 80);
    }

    @Override
    List<Finding> find(Tokens tokens) {
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            String word = tokens.lower(i);
            if (word.equals("wie") && comparativeBefore(tokens, i)) {
                findings.add(finding(i, i, tokens.word(i).equals("Wie") ? "Als" : "als", ALS));
            } else if (word.equals("als") && equalityBefore(tokens, i) && !tokens.is(i + 1, "möglich")) {
                findings.add(finding(i, i, "wie", WIE));
            }
            if (word.equals("mehr")) {
                moreForm(tokens, i).ifPresent(findings::add);
            }
            if (word.equals("als") && i > 0 && IRREGULAR.containsKey(tokens.lower(i - 1))) {
                findings.add(finding(i - 1, i - 1, IRREGULAR.get(tokens.lower(i - 1)), FORM));
            }
            if ((word.equals("als") || word.equals("wie")) && NOMINATIVE.containsKey(tokens.lower(i + 1))
                    && (comparativeBefore(tokens, i) || equalityBefore(tokens, i)) && noOtherAccusativePronoun(tokens, i + 1)) {
                findings.add(finding(i + 1, i + 1, NOMINATIVE.get(tokens.lower(i + 1)), PRONOUN));
            }
        }
        return findings;
    }

    private static boolean isComparative(Tokens tokens, int k) {
        return tokens.hasTag(k, "ADJ:PRD:KOM") || tokens.readings(k).stream().anyMatch(r -> r.getPOSTag().contains(":KOM"))
                || COMPARATIVE_WORDS.contains(tokens.lower(k)) || tokens.is(k, "gutter");
    }

    /** A comparative within the three words before {@code i}, in the same clause, not after so/genauso. */
    private static boolean comparativeBefore(Tokens tokens, int i) {
        for (int k = i - 1; k >= Math.max(0, i - 4) && !tokens.isPunctuation(k); k--) {
            if (isComparative(tokens, k)) {
                return !EQUALITY.contains(tokens.lower(k - 1));
            }
        }
        return false;
    }

    /** "so / genauso" + one adjective or adverb right before {@code i}. */
    private static boolean equalityBefore(Tokens tokens, int i) {
        return i >= 2 && EQUALITY.contains(tokens.lower(i - 2)) && !isComparative(tokens, i - 1)
                && (tokens.hasTag(i - 1, "ADJ") || tokens.hasTag(i - 1, "ADV") || tokens.hasTag(i - 1, "PA2"));
    }

    /** "mehr kalt als" → "kälter als"; "mehr besser" → "besser". */
    private Optional<Finding> moreForm(Tokens tokens, int more) {
        int adjective = more + 1;
        if (adjective >= tokens.size() || tokens.is(more - 1, "nicht", "nie", "kein", "immer", "noch", "viel")) {
            return Optional.empty();
        }
        if (isComparative(tokens, adjective) && tokens.hasTag(adjective, "ADJ")) {
            return Optional.of(finding(more, adjective, tokens.word(adjective), FORM));
        }
        if (tokens.hasTag(adjective, "ADJ:PRD:GRU") && tokens.is(adjective + 1, "als")) {
            return tokens.lemma(adjective, "ADJ:PRD:GRU")
                    .flatMap(lemma -> lexicon.form(lemma, "ADJ:PRD:KOM"))
                    .map(comparative -> finding(more, adjective, comparative, FORM));
        }
        return Optional.empty();
    }

    private static boolean noOtherAccusativePronoun(Tokens tokens, int pronoun) {
        for (int k = 0; k < tokens.size(); k++) {
            if (k != pronoun && NOMINATIVE.containsKey(tokens.lower(k))) {
                return false;
            }
        }
        return true;
    }
}
