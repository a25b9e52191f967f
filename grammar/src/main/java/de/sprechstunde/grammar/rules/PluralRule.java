package de.sprechstunde.grammar.rules;

import de.sprechstunde.core.learner.MistakeCategory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Plurals of nouns after numbers and quantity words ("zwei Buch", "viele Freunds" → "zwei
 * Bücher", "viele Freunde"), and the English-style -s plural after a plural article ("die Kinds").
 * The plural form comes from LanguageTool's dictionary.
 */
public final class PluralRule extends LearnerRule {

    private static final Set<String> QUANTIFIERS = Set.of("viele", "vielen", "mehrere", "mehreren", "einige", "einigen",
            "wenige", "wenigen", "beide", "beiden", "paar", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht",
            "neun", "zehn", "elf", "zwölf", "zwanzig", "hundert", "tausend");
    /** Units and drinks that stay singular after a number ("zwei Kaffee", "drei Euro", "um acht Uhr"). */
    private static final Set<String> UNITS = Set.of("Kaffee", "Tee", "Bier", "Wein", "Wasser", "Euro", "Cent", "Dollar",
            "Kilo", "Gramm", "Liter", "Meter", "Grad", "Prozent", "Uhr", "Mal", "Stück", "Glas", "Paar", "Pfund", "Dutzend",
            "Zentimeter", "Kilometer", "Cola", "Saft", "Milch", "Franken", "Mann");
    private static final Set<String> PLURAL_ARTICLES = Set.of("die", "meine", "deine", "seine", "ihre", "unsere", "eure",
            "keine", "diese", "alle");
    private static final Set<String> DATIVE_PREPOSITIONS = Set.of("mit", "von", "zu", "seit", "aus", "bei", "nach");
    static final Explanation EXPLANATION = new Explanation(
            "More than one → plural. German plurals rarely take -s; learn each noun with its plural: das Buch, die Bücher.",
            "Mehr als eins → Plural. Deutsche Plurale enden selten auf -s; lerne jedes Nomen mit Plural: das Buch, die Bücher.");

    public PluralRule(Lexicon lexicon) {
        super(lexicon, "SPRECHSTUNDE_PLURAL", "Plural nouns after numbers and quantity words", MistakeCategory.PLURAL, 75);
    }

    @Override
    List<Finding> find(Tokens tokens) {
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < tokens.size() - 1; i++) {
            String word = tokens.lower(i);
            boolean quantity = QUANTIFIERS.contains(word) || word.matches("[2-9]|[1-9][0-9]+");
            boolean pluralArticle = PLURAL_ARTICLES.contains(word) && tokens.word(i + 1).toLowerCase(Locale.ROOT).endsWith("s");
            if (!quantity && !pluralArticle) {
                continue;
            }
            int noun = i + 1;
            while (noun < tokens.size() && !tokens.isCapitalised(noun) && tokens.hasTag(noun, "ADJ") && quantity) {
                noun++;
            }
            if (noun >= tokens.size() || !tokens.isCapitalised(noun) || UNITS.contains(tokens.word(noun))) {
                continue;
            }
            boolean dative = i > 0 && DATIVE_PREPOSITIONS.contains(tokens.lower(i - 1));
            int at = noun;
            plural(tokens.word(noun), dative, pluralArticle)
                    .ifPresent(fix -> findings.add(finding(at, at, fix, EXPLANATION)));
        }
        return findings;
    }

    private Optional<String> plural(String noun, boolean dative, boolean onlySPlural) {
        Set<Inflection> readings = NounPhrase.nounReadings(noun, lexicon);
        if (readings.stream().anyMatch(r -> r.number() == Inflection.Number.PLU)) {
            return Optional.empty();
        }
        boolean genitiveOnly = !readings.isEmpty() && readings.stream().allMatch(r -> r.grammaticalCase() == Inflection.Case.GEN);
        if (onlySPlural && !genitiveOnly && !readings.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> lemma = lexicon.lemma(noun, "SUB:");
        if (lemma.isEmpty()) {
            lemma = stripped(noun);
        }
        String tag = "SUB:" + (dative ? "DAT" : "NOM") + ":PLU:.*";
        return lemma.flatMap(l -> lexicon.form(l, tag)).filter(p -> !p.equals(noun));
    }

    /** A learner's made-up plural ("Autoes") traced back to a noun the dictionary knows. */
    private Optional<String> stripped(String noun) {
        for (String ending : new String[] {"es", "s", "en", "n", "e"}) {
            if (noun.endsWith(ending) && noun.length() > ending.length() + 2) {
                String stem = noun.substring(0, noun.length() - ending.length());
                if (lexicon.hasTag(stem, "SUB:")) {
                    return lexicon.lemma(stem, "SUB:");
                }
            }
        }
        return Optional.empty();
    }
}
