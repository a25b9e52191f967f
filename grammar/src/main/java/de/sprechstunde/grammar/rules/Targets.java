package de.sprechstunde.grammar.rules;

import de.sprechstunde.grammar.rules.Inflection.Case;
import java.util.Comparator;
import java.util.Optional;

/** Picks the reading a wrong noun phrase should have, given the case its context requires. */
final class Targets {

    private Targets() {
    }

    /**
     * The noun's reading moved to {@code wanted}: one the noun really has in that case first, then
     * one in the number the learner's determiner and noun show together, singular before plural
     * („mit unsere Nachbarn“ is plural — „unsere“ could be feminine singular, „Nachbarn“ not — so
     * „mit unseren Nachbarn“, not „mit unserem Nachbarn“).
     */
    static Optional<Inflection> bestIn(NounPhrase phrase, Case wanted) {
        return phrase.nounReadings().stream()
                .map(r -> r.withCase(wanted))
                .distinct()
                .filter(r -> phrase.determiner().flatMap(d -> d.form(r)).isPresent() || phrase.determiner().isEmpty())
                .max(Comparator.<Inflection>comparingInt(r -> phrase.nounReadings().contains(r) ? 4 : 0)
                        .thenComparingInt(r -> learnersNumbers(phrase).contains(r.number()) ? 2 : 0)
                        .thenComparingInt(r -> r.number() == Inflection.Number.SIN ? 1 : 0)
                        .thenComparing(r -> r.gender().name()));
    }

    /** The numbers in which the learner's words agree; without agreement, any number the determiner has. */
    private static java.util.Set<Inflection.Number> learnersNumbers(NounPhrase phrase) {
        java.util.Set<Inflection.Number> numbers = java.util.EnumSet.noneOf(Inflection.Number.class);
        phrase.agreeing().forEach(r -> numbers.add(r.number()));
        if (numbers.isEmpty()) {
            phrase.determiner().ifPresent(d -> d.readings().forEach(r -> numbers.add(r.number())));
        }
        return numbers;
    }

    /** Whether the determiner has the right case and number but a gender the noun does not have. */
    static boolean wrongGenderOnly(NounPhrase phrase, Case wanted) {
        if (phrase.determiner().isEmpty()) {
            return false;
        }
        boolean caseFits = phrase.determiner().get().readings().stream()
                .anyMatch(d -> d.grammaticalCase() == wanted
                        && phrase.nounReadings().stream().anyMatch(n -> n.number() == d.number()));
        boolean genderFits = phrase.nounReadings().stream().map(r -> r.withCase(wanted)).anyMatch(phrase::determinerFits);
        return caseFits && !genderFits;
    }
}
