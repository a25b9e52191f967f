package de.sprechstunde.grammar.rules;

import de.sprechstunde.grammar.rules.Inflection.Case;
import de.sprechstunde.grammar.rules.Inflection.Gender;
import de.sprechstunde.grammar.rules.Inflection.Number;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * An article-like word in front of a noun (der, dieser, ein, kein, mein …) with every reading its
 * form allows. Kept as tables rather than taken from the tagger because LanguageTool's
 * disambiguator already narrows the readings by context — exactly the context a learner got wrong.
 *
 * @param written as the learner wrote it
 * @param stem    {@code d} for the definite article, else the stem ({@code dies}, {@code ein}, {@code mein}, {@code eur} …)
 * @param kind    which ending table the word follows
 */
record Determiner(String written, String stem, Kind kind) {

    /** The two ending tables of German determiners, which also decide the adjective endings after them. */
    enum Kind {
        /** der, dieser, jeder, welcher, jener: followed by weak adjective endings. */
        DER_WORD,
        /** ein, kein and the possessives: followed by mixed adjective endings. */
        EIN_WORD
    }

    private static final String[] DEFINITE = {
            // MAS, FEM, NEU, PLU for NOM, AKK, DAT, GEN
            "der", "die", "das", "die",
            "den", "die", "das", "die",
            "dem", "der", "dem", "den",
            "des", "der", "des", "der"};
    private static final String[] DER_ENDINGS = {
            "er", "e", "es", "e",
            "en", "e", "es", "e",
            "em", "er", "em", "en",
            "es", "er", "es", "er"};
    private static final String[] EIN_ENDINGS = {
            "", "e", "", "e",
            "en", "e", "", "e",
            "em", "er", "em", "en",
            "es", "er", "es", "er"};
    private static final Set<String> DER_STEMS = Set.of("dies", "jed", "jen", "welch");
    private static final Set<String> EIN_STEMS = Set.of("ein", "kein", "mein", "dein", "sein", "ihr", "unser", "eur");

    /** Recognises a determiner, whatever its ending. */
    static Optional<Determiner> parse(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        for (String form : DEFINITE) {
            if (form.equals(lower)) {
                return Optional.of(new Determiner(word, "d", Kind.DER_WORD));
            }
        }
        if (lower.equals("euer")) {
            return Optional.of(new Determiner(word, "eur", Kind.EIN_WORD));
        }
        for (String ending : new String[] {"em", "en", "er", "es", "e", ""}) {
            if (lower.endsWith(ending)) {
                String stem = lower.substring(0, lower.length() - ending.length());
                if (DER_STEMS.contains(stem) && !ending.isEmpty()) {
                    return Optional.of(new Determiner(word, stem, Kind.DER_WORD));
                }
                if (EIN_STEMS.contains(stem) && !stem.equals("eur")) {
                    return Optional.of(new Determiner(word, stem, Kind.EIN_WORD));
                }
                if (stem.equals("eur") && !ending.isEmpty()) {
                    return Optional.of(new Determiner(word, stem, Kind.EIN_WORD));
                }
            }
        }
        return Optional.empty();
    }

    /** The form for a reading, in the learner's capitalisation; empty for "ein" in the plural. */
    Optional<String> form(Inflection reading) {
        if (stem.equals("ein") && reading.number() == Number.PLU) {
            return Optional.empty();
        }
        int index = reading.tableIndex();
        String form;
        if (stem.equals("d")) {
            form = DEFINITE[index];
        } else if (kind == Kind.DER_WORD) {
            form = stem + DER_ENDINGS[index];
        } else {
            String ending = EIN_ENDINGS[index];
            form = stem.equals("eur") && ending.isEmpty() ? "euer" : stem + ending;
        }
        return Optional.of(Character.isUpperCase(written.charAt(0))
                ? Character.toUpperCase(form.charAt(0)) + form.substring(1) : form);
    }

    /** Every reading this written form allows. */
    Set<Inflection> readings() {
        Set<Inflection> readings = new HashSet<>();
        for (Case c : Case.values()) {
            for (Number n : Number.values()) {
                for (Gender g : Gender.values()) {
                    Inflection reading = new Inflection(c, n, g);
                    form(reading).filter(f -> f.equalsIgnoreCase(written)).ifPresent(f -> readings.add(reading));
                }
            }
        }
        return readings;
    }

}
