package de.sprechstunde.grammar.rules;

import de.sprechstunde.core.learner.MistakeCategory;
import java.util.Optional;
import java.util.Set;

/**
 * Sorts LanguageTool's agreement matches ("ein gute Freund" → "ein guter Freund") into the
 * learner's categories by what the fix changes: only adjectives → adjective ending; the noun →
 * plural; the article → gender when the old article cannot have the noun's gender, else case.
 */
public final class AgreementClassifier {

    private final Lexicon lexicon;

    public AgreementClassifier(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    public MistakeCategory classify(String wrong, String fix) {
        String[] before = wrong.split("\\s+");
        String[] after = fix.split("\\s+");
        if (before.length != after.length || before.length < 2) {
            return MistakeCategory.GENDER;
        }
        int last = before.length - 1;
        if (!before[last].equals(after[last])) {
            return NounPhrase.nounReadings(after[last], lexicon).stream().anyMatch(r -> r.number() == Inflection.Number.PLU)
                    ? MistakeCategory.PLURAL : MistakeCategory.GENDER;
        }
        if (before[0].equals(after[0])) {
            return MistakeCategory.ADJECTIVE_ENDING;
        }
        Optional<Determiner> determiner = Determiner.parse(before[0]);
        Set<Inflection> noun = NounPhrase.nounReadings(before[last], lexicon);
        if (determiner.isEmpty() || noun.isEmpty()) {
            return MistakeCategory.GENDER;
        }
        boolean genderPossible = determiner.get().readings().stream()
                .anyMatch(d -> noun.stream().anyMatch(n -> n.number() == d.number()
                        && (n.number() == Inflection.Number.PLU || n.gender() == d.gender())));
        return genderPossible ? MistakeCategory.CASE : MistakeCategory.GENDER;
    }
}
