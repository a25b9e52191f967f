package de.sprechstunde.grammar.rules;

import de.sprechstunde.core.learner.MistakeCategory;
import de.sprechstunde.grammar.rules.Inflection.Case;
import de.sprechstunde.grammar.rules.Inflection.Gender;
import de.sprechstunde.grammar.rules.Inflection.Number;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The accusative object of common verbs, where it shows: masculine singular ("Ich habe ein Hund"
 * → "einen Hund"). Only when the subject is a nominative pronoun next to the verb, so the noun
 * phrase cannot be the subject itself, and never with linking verbs (sein, werden, bleiben, heißen).
 */
public final class AccusativeObjectRule extends LearnerRule {

    static final Explanation EXPLANATION = new Explanation(
            "The direct object is in the accusative: masculine „der / ein / mein“ becomes „den / einen / meinen“.",
            "Das direkte Objekt steht im Akkusativ: maskulin wird „der / ein / mein“ zu „den / einen / meinen“.");
    private static final Set<String> ALWAYS_NOMINATIVE = Set.of("ich", "du", "er", "wir");
    private static final Set<String> STOP = Set.of("und", "oder", "aber", "als", "wie", "denn", "sondern");

    public AccusativeObjectRule(Lexicon lexicon) {
        super(lexicon, "SPRECHSTUNDE_ACCUSATIVE_OBJECT", "Accusative objects of common verbs", MistakeCategory.CASE, 85);
    }

    @Override
    List<Finding> find(Tokens tokens) {
        List<Finding> findings = new ArrayList<>();
        for (int verb = 0; verb < tokens.size(); verb++) {
            if (!tokens.isFinite(verb) || tokens.isCapitalised(verb) && verb > 0) {
                continue;
            }
            int from = tokens.clauseStart(verb);
            int to = tokens.clauseEnd(verb);
            Set<String> verbs = TwoWayCase.clauseVerbs(tokens, from, to);
            if (verbs.stream().anyMatch(WordLists.COPULAS::contains) && !verbs.contains("haben")
                    || verbs.stream().noneMatch(WordLists.ACCUSATIVE_VERBS::contains)) {
                continue;
            }
            int subject = pronounSubject(tokens, verb, from);
            if (subject < 0) {
                continue;
            }
            objects(tokens, Math.max(verb, subject) + 1, to).ifPresent(findings::add);
        }
        return findings;
    }

    /** The index of a nominative pronoun subject right before or after the verb, or -1. */
    private static int pronounSubject(Tokens tokens, int verb, int clauseStart) {
        if (verb - 1 >= clauseStart && isNominativePronoun(tokens, verb - 1, verb - 1 == clauseStart)) {
            return verb - 1;
        }
        if (isNominativePronoun(tokens, verb + 1, false)) {
            return verb + 1;
        }
        return -1;
    }

    private static boolean isNominativePronoun(Tokens tokens, int i, boolean clauseInitial) {
        String word = tokens.lower(i);
        return ALWAYS_NOMINATIVE.contains(word) || clauseInitial && Set.of("sie", "es", "ihr").contains(word)
                || word.equals("ihr") && !tokens.isPunctuation(i + 1) && !tokens.isCapitalised(i + 1);
    }

    private Optional<Finding> objects(Tokens tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            if (STOP.contains(tokens.lower(k))) {
                return Optional.empty();
            }
            if (Preposition.parse(tokens.word(k)).isPresent()) {
                k = NounPhrase.at(tokens, k + 1, lexicon).map(NounPhrase::last).orElse(k);
                continue;
            }
            Optional<NounPhrase> phrase = NounPhrase.at(tokens, k, lexicon);
            if (phrase.isPresent()) {
                return nominativeMasculine(tokens, phrase.get());
            }
        }
        return Optional.empty();
    }

    private Optional<Finding> nominativeMasculine(Tokens tokens, NounPhrase np) {
        Inflection accusative = new Inflection(Case.AKK, Number.SIN, Gender.MAS);
        boolean masculine = np.nounReadings().stream().anyMatch(r -> r.number() == Number.SIN && r.gender() == Gender.MAS);
        boolean otherGender = np.nounReadings().stream().anyMatch(r -> r.gender() != Gender.MAS);
        boolean visible = np.determiner().isPresent() || !np.adjectives().isEmpty();
        if (!masculine || otherGender || !visible
                || np.determinerFits(accusative) && np.adjectivesFit(tokens, accusative)) {
            return Optional.empty();
        }
        return np.render(tokens, accusative, lexicon)
                .map(fix -> finding(np.first(), np.last(), capitalLike(tokens.word(np.first()), fix), EXPLANATION));
    }
}
