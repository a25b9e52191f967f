package de.sprechstunde.grammar.rules;

import de.sprechstunde.grammar.rules.Inflection.Case;
import de.sprechstunde.grammar.rules.Inflection.Number;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.languagetool.AnalyzedToken;

/**
 * A simple noun phrase: an optional determiner, any adjectives, and the noun ("mit *meinem alten
 * Freund*"). Found from LanguageTool's readings; enough for learner sentences, not a parser.
 *
 * @param first        index of its first word
 * @param determiner   the determiner, if any (then at {@code first})
 * @param adjectives   indexes of the attributive adjectives
 * @param noun         index of the noun
 * @param nounReadings every reading of the noun out of context (case, number, gender)
 */
record NounPhrase(int first, Optional<Determiner> determiner, List<Integer> adjectives, int noun,
                  Set<Inflection> nounReadings) {

    /** The noun phrase starting at word {@code i}, if there is one. */
    static Optional<NounPhrase> at(Tokens tokens, int i, Lexicon lexicon) {
        if (i < 0 || i >= tokens.size()) {
            return Optional.empty();
        }
        Optional<Determiner> determiner = Determiner.parse(tokens.word(i));
        int j = determiner.isPresent() ? i + 1 : i;
        List<Integer> adjectives = new ArrayList<>();
        while (j < tokens.size() && isAttributiveAdjective(tokens, j, lexicon)) {
            adjectives.add(j);
            j++;
        }
        if (j >= tokens.size() || !tokens.isCapitalised(j) || j == 0 && determiner.isEmpty()) {
            return Optional.empty();
        }
        Set<Inflection> readings = nounReadings(tokens.word(j), lexicon);
        if (readings.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new NounPhrase(i, determiner, List.copyOf(adjectives), j, readings));
    }

    /** An inflected adjective; the sentence's own (disambiguated) readings must allow one ("heiße" may be a verb). */
    private static boolean isAttributiveAdjective(Tokens tokens, int i, Lexicon lexicon) {
        if (tokens.isCapitalised(i) && i > 0 || !tokens.hasTag(i, "ADJ") && !tokens.hasTag(i, "PA")) {
            return false;
        }
        String word = i == 0 ? tokens.lower(i) : tokens.word(i);
        return lexicon.readings(word).stream().anyMatch(r -> r.getPOSTag().matches("(ADJ|PA[12]):(NOM|AKK|DAT|GEN):.*"));
    }

    /** Readings of a noun; nominalised infinitives ("das Freunden") only when there is nothing else. */
    static Set<Inflection> nounReadings(String word, Lexicon lexicon) {
        Set<Inflection> plain = new HashSet<>();
        Set<Inflection> nominalised = new HashSet<>();
        for (AnalyzedToken reading : lexicon.readings(word)) {
            String tag = reading.getPOSTag();
            if (tag.startsWith("SUB:") || tag.startsWith("EIG:")) {
                (tag.endsWith(":INF") ? nominalised : plain).addAll(Inflection.fromTag(tag));
            }
        }
        return plain.isEmpty() ? nominalised : plain;
    }

    String nounLemma(Tokens tokens, Lexicon lexicon) {
        return lexicon.lemma(tokens.word(noun), "SUB:").or(() -> lexicon.lemma(tokens.word(noun), "EIG:"))
                .orElse(tokens.word(noun));
    }

    /** Readings the determiner and the noun share (the noun's own when there is no determiner). */
    Set<Inflection> agreeing() {
        if (determiner.isEmpty()) {
            return nounReadings;
        }
        Set<Inflection> shared = new HashSet<>();
        for (Inflection d : determiner.get().readings()) {
            for (Inflection n : nounReadings) {
                if (d.agreesWith(n)) {
                    shared.add(n);
                }
            }
        }
        return shared;
    }

    /** Whether the determiner has a form for this reading of the noun. */
    boolean determinerFits(Inflection reading) {
        return determiner.isEmpty() || determiner.get().readings().stream().anyMatch(d -> d.agreesWith(reading));
    }

    /** The noun's readings for one case. */
    Set<Inflection> nounReadingsIn(Case grammaticalCase) {
        Set<Inflection> inCase = new HashSet<>();
        for (Inflection n : nounReadings) {
            if (n.grammaticalCase() == grammaticalCase) {
                inCase.add(n);
            }
        }
        return inCase;
    }

    /** Whether every adjective carries the ending this reading needs. */
    boolean adjectivesFit(Tokens tokens, Inflection reading) {
        String ending = AdjectiveEndings.ending(determiner, reading);
        return adjectives.stream().allMatch(a -> AdjectiveEndings.currentEnding(tokens.word(a)).equals(ending));
    }

    /**
     * The phrase rewritten for a reading: determiner and adjective endings, and the noun's own form
     * when it has none for that reading (dative plural -n, weak nouns). Empty when a form cannot be made.
     */
    Optional<String> render(Tokens tokens, Inflection target, Lexicon lexicon) {
        List<String> words = new ArrayList<>();
        if (determiner.isPresent()) {
            Optional<String> form = determiner.get().form(target);
            if (form.isEmpty()) {
                return Optional.empty();
            }
            words.add(form.get());
        }
        String ending = AdjectiveEndings.ending(determiner, target);
        for (int a : adjectives) {
            words.add(AdjectiveEndings.withEnding(tokens.word(a), ending));
        }
        String noun = tokens.word(this.noun);
        boolean nounFits = nounReadings.stream().anyMatch(r -> r.grammaticalCase() == target.grammaticalCase()
                && r.number() == target.number() && (r.number() == Number.PLU || r.gender() == target.gender()));
        if (!nounFits) {
            // dative plural -n ("den Kindern") and weak masculine nouns ("meinem Kollegen")
            noun = lexicon.form(nounLemma(tokens, lexicon), "SUB:" + target.grammaticalCase() + ":" + target.number() + ":"
                    + target.gender() + "(:.*)?").orElse(noun);
        }
        words.add(noun);
        return Optional.of(String.join(" ", words));
    }

    int last() {
        return noun;
    }
}
