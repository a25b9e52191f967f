package de.sprechstunde.grammar.rules;

import de.sprechstunde.core.learner.MistakeCategory;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Adjective endings after der-words, ein-words and without a determiner, for the readings the
 * determiner and the noun agree on ("ein gute Freund" → "ein guter Freund", "die kleine Kinder" →
 * "die kleinen Kinder").
 */
public final class AdjectiveEndingRule extends LearnerRule {

    public AdjectiveEndingRule(Lexicon lexicon) {
        super(lexicon, "SPRECHSTUNDE_ADJECTIVE_ENDING", "Adjective endings after der, ein, kein, mein and without article", MistakeCategory.ADJECTIVE_ENDING, 60);
    }

    @Override
    List<Finding> find(Tokens tokens) {
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Optional<NounPhrase> found = NounPhrase.at(tokens, i, lexicon).filter(np -> !np.adjectives().isEmpty());
            if (found.isEmpty()) {
                continue;
            }
            NounPhrase np = found.get();
            i = np.last();
            Set<Inflection> readings = inContext(tokens, np);
            if (readings.isEmpty() || readings.stream().anyMatch(r -> np.adjectivesFit(tokens, r))) {
                continue;
            }
            mostLikely(np, readings)
                    .flatMap(r -> np.render(tokens, r, lexicon))
                    .ifPresent(fix -> findings.add(finding(np.first(), np.last(), capitalLike(tokens.word(np.first()), fix),
                            explain(np))));
        }
        return findings;
    }

    /** The agreeing readings, narrowed to the case a preceding preposition fixes. */
    private static Set<Inflection> inContext(Tokens tokens, NounPhrase np) {
        Set<Inflection> readings = np.agreeing();
        Optional<Inflection.Case> fixed = np.first() > 0
                ? Preposition.parse(tokens.word(np.first() - 1)).filter(p -> p.contraction().isEmpty()).flatMap(Preposition::fixedCase)
                : Optional.empty();
        if (fixed.isEmpty()) {
            return readings;
        }
        Set<Inflection> narrowed = new java.util.HashSet<>();
        for (Inflection r : readings) {
            if (r.grammaticalCase() == fixed.get()) {
                narrowed.add(r);
            }
        }
        return narrowed.isEmpty() ? readings : narrowed;
    }

    /** The reading whose ending most of the possible readings share (nominative/accusative first on ties). */
    private static Optional<Inflection> mostLikely(NounPhrase np, Set<Inflection> readings) {
        Map<String, Integer> votes = new HashMap<>();
        for (Inflection r : readings) {
            votes.merge(AdjectiveEndings.ending(np.determiner(), r), 1, Integer::sum);
        }
        return readings.stream().max(Comparator
                .<Inflection>comparingInt(r -> votes.get(AdjectiveEndings.ending(np.determiner(), r)))
                .thenComparingInt(r -> -r.grammaticalCase().ordinal())
                .thenComparing(r -> r.number().name())
                .thenComparing(r -> r.gender().name()));
    }

    private static Explanation explain(NounPhrase np) {
        if (np.determiner().isEmpty()) {
            return new Explanation("Without an article the adjective shows the case and gender itself: kaltes Wasser, guten Kaffee, mit frischem Brot.",
                    "Ohne Artikel zeigt das Adjektiv selbst Kasus und Genus: kaltes Wasser, guten Kaffee, mit frischem Brot.");
        }
        if (np.determiner().get().kind() == Determiner.Kind.DER_WORD) {
            return new Explanation("After der / die / das / dieser the adjective ends in -e or -en: der neue Job, den neuen Job, die kleinen Kinder.",
                    "Nach der / die / das / dieser endet das Adjektiv auf -e oder -en: der neue Job, den neuen Job, die kleinen Kinder.");
        }
        return new Explanation("After ein / kein / mein the adjective shows the gender where the article cannot: ein guter Freund, ein schönes Kleid, einen neuen Job.",
                "Nach ein / kein / mein zeigt das Adjektiv das Genus, wo der Artikel es nicht tut: ein guter Freund, ein schönes Kleid, einen neuen Job.");
    }
}
