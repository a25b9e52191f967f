package de.sprechstunde.grammar.rules;

import de.sprechstunde.grammar.rules.Inflection.Case;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Decides the case after a two-way preposition from the verbs of its clause: a verb of motion
 * towards a goal wants the accusative (wohin?), a verb of being somewhere the dative (wo?). Time
 * phrases with in, an, vor ("in der Nacht", "am Montag") are dative. When the clause says neither, or mixes in
 * another verb ("im Park joggen gehen"), there is no decision and the rule stays silent.
 */
final class TwoWayCase {

    private static final Set<String> NOT_MAIN_VERBS = Set.of("sein", "haben", "werden", "können", "müssen", "wollen",
            "mögen", "möchten", "dürfen", "sollen");

    private TwoWayCase() {
    }

    static Optional<Case> decide(Tokens tokens, int preposition, NounPhrase np, Lexicon lexicon) {
        boolean temporal = tokens.is(preposition, "in", "an", "vor", "im", "am");
        if (temporal && WordLists.TIME_NOUNS.contains(np.nounLemma(tokens, lexicon))) {
            return Optional.of(Case.DAT);
        }
        if (preposition > 0 && tokens.hasTag(preposition - 1, "ADJ:PRD")) {
            return Optional.empty();
        }
        int from = tokens.clauseStart(preposition);
        int to = tokens.clauseEnd(preposition);
        if (to - 1 > np.last() && tokens.hasTag(to - 1, "ZUS") && WordLists.PARTICLES.contains(tokens.lower(to - 1))) {
            return Optional.empty();
        }
        Set<String> verbs = clauseVerbs(tokens, from, to);
        boolean motion = verbs.stream().anyMatch(WordLists.MOTION_VERBS::contains);
        if (motion) {
            boolean otherVerb = verbs.stream().anyMatch(v -> !WordLists.MOTION_VERBS.contains(v) && !NOT_MAIN_VERBS.contains(v));
            return otherVerb ? Optional.empty() : Optional.of(Case.AKK);
        }
        return verbs.stream().anyMatch(WordLists.LOCATION_VERBS::contains) ? Optional.of(Case.DAT) : Optional.empty();
    }

    /** Lemmas of the verbs in a clause; capitalised words (nouns) and imperative readings are not verbs here. */
    static Set<String> clauseVerbs(Tokens tokens, int from, int to) {
        Set<String> verbs = new HashSet<>();
        for (int k = from; k < to; k++) {
            if (k > 0 && tokens.isCapitalised(k)) {
                continue;
            }
            tokens.readings(k).stream()
                    .filter(r -> r.getPOSTag().startsWith("VER:") && !r.getPOSTag().contains(":IMP"))
                    .forEach(r -> verbs.add(r.getLemma()));
        }
        return verbs;
    }
}
