package de.sprechstunde.grammar.rules;

import de.sprechstunde.core.learner.MistakeCategory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * haben or sein in the perfect tense: verbs of motion and change of state take sein ("Ich habe
 * nach Berlin gefahren" → "bin"), most others haben ("Ich bin Fußball gespielt" → "habe"). A verb
 * like fahren keeps haben when it has an object ("Ich habe das Auto gefahren").
 */
public final class AuxiliaryRule extends LearnerRule {

    private static final Map<String, String> HABEN_TO_SEIN = Map.of("habe", "bin", "hast", "bist", "hat", "ist",
            "haben", "sind", "habt", "seid", "hatte", "war", "hattest", "warst", "hatten", "waren", "hattet", "wart");
    private static final Map<String, String> SEIN_TO_HABEN = Map.of("bin", "habe", "bist", "hast", "sind", "haben",
            "seid", "habt", "war", "hatte", "warst", "hattest", "waren", "hatten", "wart", "hattet");
    private static final Set<String> PERSONAL_SUBJECTS = Set.of("ich", "du", "wir", "ihr");
    static final Explanation WANTS_SEIN = new Explanation(
            "Verbs of movement or change (gehen, fahren, kommen, bleiben, passieren, aufstehen …) form the perfect with „sein“.",
            "Verben der Bewegung oder Veränderung (gehen, fahren, kommen, bleiben, passieren, aufstehen …) bilden das Perfekt mit „sein“.");
    static final Explanation WANTS_HABEN = new Explanation(
            "Most verbs form the perfect with „haben“: ich habe gespielt, wir haben gegessen.",
            "Die meisten Verben bilden das Perfekt mit „haben“: ich habe gespielt, wir haben gegessen.");

    public AuxiliaryRule(Lexicon lexicon) {
        super(lexicon, "SPRECHSTUNDE_AUXILIARY", "haben or sein in the perfect tense", MistakeCategory.AUXILIARY, 80);
    }

    @Override
    List<Finding> find(Tokens tokens) {
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            String word = tokens.lower(i);
            int at = i;
            if (HABEN_TO_SEIN.containsKey(word)) {
                participle(tokens, i)
                        .filter(p -> onlySeinVerb(tokens, p))
                        .filter(p -> !hasObject(tokens, at, p))
                        .ifPresent(p -> findings.add(finding(at, at, capitalLike(tokens.word(at), HABEN_TO_SEIN.get(word)), WANTS_SEIN)));
            } else if (SEIN_TO_HABEN.containsKey(word) && personalSubject(tokens, i)) {
                participle(tokens, i)
                        .filter(p -> tokens.verbLemmas(p).stream().anyMatch(WordLists.HABEN_VERBS::contains))
                        .filter(p -> tokens.verbLemmas(p).stream().noneMatch(WordLists.SEIN_VERBS::contains))
                        .ifPresent(p -> findings.add(finding(at, at, capitalLike(tokens.word(at), SEIN_TO_HABEN.get(word)), WANTS_HABEN)));
            }
        }
        return findings;
    }

    /** The past participle that ends the auxiliary's clause, if no other finite verb comes first. */
    private static Optional<Integer> participle(Tokens tokens, int auxiliary) {
        int end = tokens.clauseEnd(auxiliary);
        for (int k = auxiliary + 1; k < end; k++) {
            if (tokens.is(k, "und", "oder", "aber")) {
                return Optional.empty();
            }
            if (tokens.hasTag(k, "VER:PA2") && !tokens.isCapitalised(k)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }

    /**
     * Whether the participle can only belong to verbs that take sein: „gefallen“ is also the
     * participle of fallen, but „Die Stadt hat mir gefallen“ is right.
     */
    private static boolean onlySeinVerb(Tokens tokens, int participle) {
        List<String> lemmas = tokens.participleLemmas(participle);
        return !lemmas.isEmpty() && lemmas.stream().allMatch(WordLists.SEIN_VERBS::contains);
    }

    private boolean hasObject(Tokens tokens, int auxiliary, int participle) {
        if (tokens.verbLemmas(participle).stream().noneMatch(WordLists.SEIN_VERBS_WITH_OBJECT::contains)) {
            return false;
        }
        for (int k = auxiliary + 1; k < participle; k++) {
            if (Preposition.parse(tokens.word(k)).isPresent()) {
                k = NounPhrase.at(tokens, k + 1, lexicon).map(NounPhrase::last).orElse(k);
            } else if (NounPhrase.at(tokens, k, lexicon).filter(np -> np.determiner().isPresent()).isPresent()
                    || tokens.hasTag(k, "PRO:PER:AKK") && !tokens.is(k, "sie", "es")) {
                return true;
            }
        }
        return false;
    }

    private static boolean personalSubject(Tokens tokens, int verb) {
        return PERSONAL_SUBJECTS.contains(tokens.lower(verb - 1)) || PERSONAL_SUBJECTS.contains(tokens.lower(verb + 1));
    }
}
