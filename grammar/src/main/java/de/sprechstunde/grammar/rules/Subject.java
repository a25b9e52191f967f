package de.sprechstunde.grammar.rules;

import de.sprechstunde.grammar.rules.Inflection.Case;
import de.sprechstunde.grammar.rules.Inflection.Number;
import java.util.Optional;

/**
 * A subject standing at a given word: a nominative personal pronoun, or a noun phrase that can
 * be nominative.
 *
 * @param first  its first word
 * @param last   its last word
 * @param person what the finite verb must agree with
 */
record Subject(int first, int last, Person person) {

    static Optional<Subject> at(Tokens tokens, int i, Lexicon lexicon) {
        if (i < 0 || i >= tokens.size()) {
            return Optional.empty();
        }
        Optional<Person> pronoun = Person.ofPronoun(tokens.word(i));
        if (pronoun.isPresent()) {
            return Optional.of(new Subject(i, i, pronoun.get()));
        }
        // a bare common noun ("Heute Abend gibt es …") is too often part of an adverbial to be taken as subject
        return NounPhrase.at(tokens, i, lexicon)
                .filter(np -> np.determiner().isPresent() || lexicon.hasTag(tokens.word(np.noun()), "EIG:"))
                .flatMap(np -> {
            boolean singular = false;
            boolean plural = false;
            for (Inflection reading : np.agreeing()) {
                if (reading.grammaticalCase() == Case.NOM) {
                    singular |= reading.number() == Number.SIN;
                    plural |= reading.number() == Number.PLU;
                }
            }
            if (!singular && !plural) {
                return Optional.empty();
            }
            Person person = singular && plural ? Person.THIRD_ANY : singular ? Person.THIRD_SINGULAR : Person.THIRD_PLURAL;
            return Optional.of(new Subject(i, np.last(), person));
        });
    }
}
