package de.sprechstunde.grammar.rules;

import de.sprechstunde.core.learner.MistakeCategory;
import de.sprechstunde.grammar.rules.Inflection.Case;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The case after a preposition: dative after mit, von, zu, seit, aus, bei, nach; accusative after
 * für, ohne, durch, gegen, um; after two-way prepositions the accusative with verbs of motion
 * towards a goal and the dative with verbs of being somewhere ("Ich wohne in die Stadt" → "in der
 * Stadt"). Rewrites the article, the adjectives and a missing dative-plural -n.
 */
public final class PrepositionCaseRule extends LearnerRule {

    public PrepositionCaseRule(Lexicon lexicon) {
        super(lexicon, "SPRECHSTUNDE_PREPOSITION_CASE", "Case after prepositions", MistakeCategory.CASE, 80);
    }

    @Override
    List<Finding> find(Tokens tokens) {
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < tokens.size() - 1; i++) {
            int at = i;
            Preposition.parse(tokens.word(i))
                    .flatMap(p -> check(tokens, at, p))
                    .ifPresent(findings::add);
        }
        return findings;
    }

    private Optional<Finding> check(Tokens tokens, int at, Preposition preposition) {
        Optional<NounPhrase> found = preposition.contraction().isPresent()
                ? NounPhrase.at(tokens, at + 1, lexicon).filter(np -> np.determiner().isEmpty())
                : NounPhrase.at(tokens, at + 1, lexicon).filter(np -> np.determiner().isPresent());
        if (found.isEmpty()) {
            return Optional.empty();
        }
        NounPhrase np = found.get();
        Optional<Case> required = preposition.fixedCase().or(() -> TwoWayCase.decide(tokens, at, np, lexicon));
        if (required.isEmpty()) {
            return Optional.empty();
        }
        Determiner determiner = np.determiner()
                .orElseGet(() -> Determiner.parse(preposition.contraction().orElseThrow()).orElseThrow());
        NounPhrase phrase = new NounPhrase(np.first(), Optional.of(determiner), np.adjectives(), np.noun(), np.nounReadings());
        Case wanted = required.get();
        boolean fits = phrase.nounReadings().stream()
                .map(r -> r.withCase(wanted))
                .anyMatch(r -> phrase.determinerFits(r) && phrase.adjectivesFit(tokens, r));
        if (fits) {
            return Optional.empty();
        }
        Optional<Inflection> target = Targets.bestIn(phrase, wanted);
        return target.flatMap(t -> phrase.render(tokens, t, lexicon).map(rendered -> {
            String fix = withPreposition(tokens.word(at), preposition, determiner, rendered);
            MistakeCategory category = Targets.wrongGenderOnly(phrase, wanted) ? MistakeCategory.GENDER : MistakeCategory.CASE;
            return new Finding(at, np.last(), fix, category, explain(preposition, wanted));
        }));
    }

    private static String withPreposition(String written, Preposition preposition, Determiner determiner, String rendered) {
        if (determiner.stem().equals("d")) {
            int space = rendered.indexOf(' ');
            String article = rendered.substring(0, space);
            Optional<String> contraction = Preposition.contract(preposition.word(), article.toLowerCase(java.util.Locale.ROOT));
            if (contraction.isPresent() && (preposition.contraction().isPresent() || preposition.word().equals("zu"))) {
                return capitalLike(written, contraction.get()) + rendered.substring(space);
            }
        }
        return capitalLike(written, preposition.word()) + " " + rendered;
    }

    static Explanation explain(Preposition preposition, Case wanted) {
        String p = preposition.word();
        if (preposition.fixedCase().isPresent()) {
            return wanted == Case.DAT
                    ? new Explanation("„" + p + "“ always takes the dative (dem / der / dem, plural den …-n).",
                            "„" + p + "“ steht immer mit Dativ (dem / der / dem, Plural den …-n).")
                    : new Explanation("„" + p + "“ always takes the accusative (den / die / das).",
                            "„" + p + "“ steht immer mit Akkusativ (den / die / das).");
        }
        return wanted == Case.AKK
                ? new Explanation("„" + p + "“ + accusative for a direction (wohin? — where to?).",
                        "„" + p + "“ + Akkusativ bei einer Richtung (wohin?).")
                : new Explanation("„" + p + "“ + dative for a location (wo? — where?).",
                        "„" + p + "“ + Dativ bei einem Ort (wo?).");
    }
}
