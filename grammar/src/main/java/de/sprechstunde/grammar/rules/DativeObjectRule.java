package de.sprechstunde.grammar.rules;

import de.sprechstunde.core.learner.MistakeCategory;
import de.sprechstunde.grammar.rules.Inflection.Case;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The object of verbs that take the dative („Die Stadt hat meine Eltern gefallen“ → „meinen
 * Eltern“). Only in a main clause whose subject opens it and agrees with the finite verb, with no
 * other full verb, and for the first noun phrase after the verb that is not after a preposition.
 */
public final class DativeObjectRule extends LearnerRule {

    static final Set<String> DATIVE_VERBS = Set.of("gefallen", "helfen", "danken", "gehören", "gratulieren", "schmecken",
            "antworten", "zuhören", "vertrauen", "ähneln", "widersprechen", "zustimmen");
    private static final Set<String> AUXILIARIES = Set.of("haben", "sein", "werden", "können", "müssen", "wollen", "sollen",
            "dürfen", "mögen", "möchten");
    static final Explanation EXPLANATION = new Explanation(
            "Some verbs take their object in the dative (gefallen, helfen, danken, gehören …): dem / der / dem, plural den …-n.",
            "Manche Verben haben ein Dativobjekt (gefallen, helfen, danken, gehören …): dem / der / dem, Plural den …-n.");

    public DativeObjectRule(Lexicon lexicon) {
        super(lexicon, "SPRECHSTUNDE_DATIVE_OBJECT", "Dative objects of common verbs", MistakeCategory.CASE, 85);
    }

    @Override
    List<Finding> find(Tokens tokens) {
        for (int verb = 1; verb < tokens.size(); verb++) {
            if (!tokens.isFinite(verb) || tokens.isCapitalised(verb)) {
                continue;
            }
            int from = tokens.clauseStart(verb);
            int to = tokens.clauseEnd(verb);
            Optional<Subject> subject = Subject.at(tokens, from, lexicon);
            if (from >= verb || subject.isEmpty() || subject.get().last() != verb - 1
                    || !tokens.isFiniteFor(verb, subject.get().person()) || !onlyDativeVerb(tokens, from, to)) {
                continue;
            }
            return object(tokens, verb + 1, to).map(List::of).orElse(List.of());
        }
        return List.of();
    }

    /** The clause's full verbs are one dative verb (besides auxiliaries and modals). */
    private static boolean onlyDativeVerb(Tokens tokens, int from, int to) {
        Set<String> full = TwoWayCase.clauseVerbs(tokens, from, to).stream().filter(v -> !AUXILIARIES.contains(v))
                .collect(Collectors.toSet());
        boolean dative = full.stream().anyMatch(DATIVE_VERBS::contains);
        // „gefallen“ is also a participle of fallen, which takes no object either
        full.removeIf(v -> DATIVE_VERBS.contains(v) || v.equals("fallen"));
        return dative && full.isEmpty();
    }

    private Optional<Finding> object(Tokens tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            if (Preposition.parse(tokens.word(k)).isPresent() || WordLists.COORDINATORS.contains(tokens.lower(k))) {
                return Optional.empty();
            }
            Optional<NounPhrase> found = NounPhrase.at(tokens, k, lexicon).filter(np -> np.determiner().isPresent());
            if (found.isPresent()) {
                NounPhrase np = found.get();
                boolean dative = np.nounReadings().stream().map(r -> r.withCase(Case.DAT))
                        .anyMatch(r -> np.determinerFits(r) && np.adjectivesFit(tokens, r));
                if (dative || np.agreeing().isEmpty()) {
                    return Optional.empty();
                }
                return Targets.bestIn(np, Case.DAT).flatMap(t -> np.render(tokens, t, lexicon))
                        .map(fix -> finding(np.first(), np.last(), fix, EXPLANATION));
            }
        }
        return Optional.empty();
    }
}
