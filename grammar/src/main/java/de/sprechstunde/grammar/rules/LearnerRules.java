package de.sprechstunde.grammar.rules;

import java.util.List;

/** The project's learner rules, built for one LanguageTool instance. */
public final class LearnerRules {

    private LearnerRules() {
    }

    /** New instances of every learner rule. */
    public static List<LearnerRule> all(Lexicon lexicon) {
        return List.of(
                new VerbSecondRule(lexicon),
                new VerbFinalRule(lexicon),
                new PrepositionCaseRule(lexicon),
                new AccusativeObjectRule(lexicon),
                new DativeObjectRule(lexicon),
                new ArticleGenderRule(lexicon),
                new AdjectiveEndingRule(lexicon),
                new ParticipleRule(lexicon),
                new AuxiliaryRule(lexicon),
                new ComparisonRule(lexicon),
                new PluralRule(lexicon));
    }
}
