package de.sprechstunde.grammar.rules;

import de.sprechstunde.core.learner.MistakeCategory;
import de.sprechstunde.grammar.rules.Inflection.Case;
import de.sprechstunde.grammar.rules.Inflection.Gender;
import de.sprechstunde.grammar.rules.Inflection.Number;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The article must match the noun's gender ("die Tisch" → "der Tisch", "eine Auto" → "ein
 * Auto"). The case is taken from the position (subject at the start, after a linking verb) or else
 * from the article the learner chose.
 */
public final class ArticleGenderRule extends LearnerRule {

    public ArticleGenderRule(Lexicon lexicon) {
        super(lexicon, "SPRECHSTUNDE_ARTICLE_GENDER", "Article gender of nouns", MistakeCategory.GENDER, 70);
    }

    @Override
    List<Finding> find(Tokens tokens) {
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Optional<NounPhrase> found = NounPhrase.at(tokens, i, lexicon).filter(np -> np.determiner().isPresent());
            if (found.isEmpty() || i > 0 && Preposition.parse(tokens.word(i - 1)).isPresent()) {
                continue;
            }
            NounPhrase np = found.get();
            i = np.last();
            Optional<Number> subjectNumber = subjectNumber(tokens, np, lexicon);
            boolean nominative = subjectNumber.isPresent() || afterLinkingVerb(tokens, np);
            boolean agrees = np.agreeing().stream()
                    .anyMatch(r -> !nominative || r.grammaticalCase() == Case.NOM
                            && subjectNumber.map(n -> n == r.number()).orElse(true));
            if (agrees) {
                continue;
            }
            Set<Gender> genders = np.nounReadings().stream().filter(r -> r.number() == Number.SIN)
                    .map(Inflection::gender).collect(Collectors.toCollection(() -> EnumSet.noneOf(Gender.class)));
            if (genders.size() != 1) {
                continue;
            }
            Gender gender = genders.iterator().next();
            Optional<Inflection> target = nominative
                    ? Optional.of(new Inflection(Case.NOM, subjectNumber.orElse(Number.SIN), gender))
                    : sameCaseOtherGender(np, gender);
            target.flatMap(t -> np.render(tokens, t, lexicon).map(fix -> {
                boolean genderMistake = Targets.wrongGenderOnly(np, t.grammaticalCase()) || !nominative;
                return genderMistake ? finding(np.first(), np.last(), fix, explain(gender))
                        : new Finding(np.first(), np.last(), fix, MistakeCategory.CASE, SUBJECT);
            })).ifPresent(findings::add);
        }
        return findings;
    }

    static final Explanation SUBJECT = new Explanation(
            "The subject is in the nominative: der / die / das, ein / eine / ein.",
            "Das Subjekt steht im Nominativ: der / die / das, ein / eine / ein.");

    /**
     * The number of the verb when the phrase opens the clause and a finite verb follows it — unless
     * the phrase is a well-formed object and a subject follows the verb: German may put the object
     * first („Diesen Kuchen hat meine Oma gebacken“).
     */
    private static Optional<Number> subjectNumber(Tokens tokens, NounPhrase np, Lexicon lexicon) {
        int before = np.first() - 1;
        boolean first = before < 0 || WordLists.COORDINATORS.contains(tokens.lower(before));
        int verb = np.last() + 1;
        if (!first || !np.agreeing().isEmpty() && Subject.at(tokens, verb + 1, lexicon).isPresent()) {
            return Optional.empty();
        }
        if (tokens.isFiniteFor(verb, Person.THIRD_SINGULAR)) {
            return Optional.of(Number.SIN);
        }
        return tokens.isFiniteFor(verb, Person.THIRD_PLURAL) ? Optional.of(Number.PLU) : Optional.empty();
    }

    private static boolean afterLinkingVerb(Tokens tokens, NounPhrase np) {
        int before = np.first() - 1;
        return before >= 0 && tokens.isFinite(before)
                && tokens.lemma(before, "VER").filter(WordLists.COPULAS::contains).isPresent();
    }

    /** The same case as the learner's article, for the noun's gender, when that gives one form. */
    private static Optional<Inflection> sameCaseOtherGender(NounPhrase np, Gender gender) {
        Set<String> forms = new java.util.HashSet<>();
        Inflection chosen = null;
        for (Inflection reading : np.determiner().orElseThrow().readings()) {
            if (reading.number() == Number.SIN) {
                Inflection candidate = new Inflection(reading.grammaticalCase(), Number.SIN, gender);
                Optional<String> form = np.determiner().get().form(candidate);
                if (form.isPresent()) {
                    forms.add(form.get());
                    chosen = candidate;
                }
            }
        }
        return forms.size() == 1 ? Optional.of(chosen) : Optional.empty();
    }

    static Explanation explain(Gender gender) {
        return switch (gender) {
            case MAS -> new Explanation("This noun is masculine (der): der / ein / mein …",
                    "Dieses Nomen ist maskulin (der): der / ein / mein …");
            case FEM -> new Explanation("This noun is feminine (die): die / eine / meine …",
                    "Dieses Nomen ist feminin (die): die / eine / meine …");
            case NEU -> new Explanation("This noun is neuter (das): das / ein / mein …",
                    "Dieses Nomen ist neutral (das): das / ein / mein …");
        };
    }
}
