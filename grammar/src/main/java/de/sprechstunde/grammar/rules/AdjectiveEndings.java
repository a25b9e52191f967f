package de.sprechstunde.grammar.rules;

import java.util.Locale;
import java.util.Optional;

/** The adjective ending a reading needs after a der-word, an ein-word or no determiner. */
final class AdjectiveEndings {

    private static final String[] WEAK = {
            "e", "e", "e", "en",
            "en", "e", "e", "en",
            "en", "en", "en", "en",
            "en", "en", "en", "en"};
    private static final String[] MIXED = {
            "er", "e", "es", "en",
            "en", "e", "es", "en",
            "en", "en", "en", "en",
            "en", "en", "en", "en"};
    private static final String[] STRONG = {
            "er", "e", "es", "e",
            "en", "e", "es", "e",
            "em", "er", "em", "en",
            "en", "er", "en", "er"};
    private static final String[] ENDINGS = {"em", "en", "er", "es", "e"};

    private AdjectiveEndings() {
    }

    /** The ending for this reading after {@code determiner} (empty: no determiner). */
    static String ending(Optional<Determiner> determiner, Inflection reading) {
        int index = reading.tableIndex();
        if (determiner.isEmpty()) {
            return STRONG[index];
        }
        // the mixed table already is strong exactly where an ein-word has no ending of its own
        return determiner.get().kind() == Determiner.Kind.DER_WORD ? WEAK[index] : MIXED[index];
    }

    /** The ending an inflected adjective carries now, or empty text when it has none we know. */
    static String currentEnding(String adjective) {
        String lower = adjective.toLowerCase(Locale.ROOT);
        for (String ending : ENDINGS) {
            if (lower.endsWith(ending) && lower.length() > ending.length() + 1) {
                return ending;
            }
        }
        return "";
    }

    /** The adjective with its ending replaced. */
    static String withEnding(String adjective, String ending) {
        String current = currentEnding(adjective);
        return adjective.substring(0, adjective.length() - current.length()) + ending;
    }
}
