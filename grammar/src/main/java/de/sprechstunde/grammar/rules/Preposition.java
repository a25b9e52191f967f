package de.sprechstunde.grammar.rules;

import de.sprechstunde.grammar.rules.Inflection.Case;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A preposition and the case it governs. Two-way prepositions (in, an, auf …) have no fixed case:
 * the verb decides. Contractions (im, zum, ins …) carry their definite article.
 *
 * @param word         the preposition without a contracted article ("in" for "im")
 * @param fixedCase    the case it always takes, empty for two-way prepositions
 * @param contraction  the article a contraction contains ("dem" for "im"), empty otherwise
 */
record Preposition(String word, Optional<Case> fixedCase, Optional<String> contraction) {

    private static final Map<String, Case> FIXED = Map.ofEntries(
            Map.entry("mit", Case.DAT), Map.entry("von", Case.DAT), Map.entry("zu", Case.DAT), Map.entry("seit", Case.DAT),
            Map.entry("aus", Case.DAT), Map.entry("bei", Case.DAT), Map.entry("nach", Case.DAT), Map.entry("gegenüber", Case.DAT),
            Map.entry("für", Case.AKK), Map.entry("ohne", Case.AKK), Map.entry("durch", Case.AKK), Map.entry("gegen", Case.AKK),
            Map.entry("um", Case.AKK));
    private static final java.util.Set<String> TWO_WAY = java.util.Set.of(
            "in", "an", "auf", "über", "unter", "vor", "hinter", "neben", "zwischen");
    private static final Map<String, String[]> CONTRACTIONS = Map.of(
            "zum", new String[] {"zu", "dem"}, "zur", new String[] {"zu", "der"}, "im", new String[] {"in", "dem"},
            "ins", new String[] {"in", "das"}, "am", new String[] {"an", "dem"}, "ans", new String[] {"an", "das"},
            "vom", new String[] {"von", "dem"}, "beim", new String[] {"bei", "dem"}, "aufs", new String[] {"auf", "das"});

    static Optional<Preposition> parse(String written) {
        String lower = written.toLowerCase(Locale.ROOT);
        String[] contracted = CONTRACTIONS.get(lower);
        if (contracted != null) {
            return Optional.of(new Preposition(contracted[0], Optional.ofNullable(FIXED.get(contracted[0])), Optional.of(contracted[1])));
        }
        if (FIXED.containsKey(lower)) {
            return Optional.of(new Preposition(lower, Optional.of(FIXED.get(lower)), Optional.empty()));
        }
        return TWO_WAY.contains(lower) ? Optional.of(new Preposition(lower, Optional.empty(), Optional.empty())) : Optional.empty();
    }

    /** The usual contraction of this preposition with a definite article, if German has one. */
    static Optional<String> contract(String preposition, String article) {
        for (Map.Entry<String, String[]> entry : CONTRACTIONS.entrySet()) {
            if (entry.getValue()[0].equals(preposition) && entry.getValue()[1].equals(article)
                    && !entry.getKey().equals("aufs") && !entry.getKey().equals("ans")) {
                return Optional.of(entry.getKey());
            }
        }
        return Optional.empty();
    }
}
