package de.sprechstunde.grammar.rules;

import de.sprechstunde.core.learner.MistakeCategory;
import java.util.ArrayList;
import java.util.List;
import org.languagetool.AnalyzedSentence;
import org.languagetool.rules.Category;
import org.languagetool.rules.CategoryId;
import org.languagetool.rules.Rule;
import org.languagetool.rules.RuleMatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One of the project's learner rules, run by LanguageTool like its own rules, over the sentence it
 * has already tokenised, tagged and disambiguated. A match carries the English explanation as its
 * message and the German one as its short message.
 *
 * <p>Instances are used by one {@code JLanguageTool} at a time but hold no state of their own.
 * A rule that fails on a sentence logs and finds nothing: a bug in one rule never hides the others.
 */
public abstract class LearnerRule extends Rule {

    /** The LanguageTool category all learner rules share. */
    public static final CategoryId CATEGORY_ID = new CategoryId("SPRECHSTUNDE_LEARNER");

    /** Separates the rule id from the category key in a match's specific rule id. */
    public static final String CATEGORY_SEPARATOR = "/";

    private static final Logger log = LoggerFactory.getLogger(LearnerRule.class);

    protected final Lexicon lexicon;
    private final String id;
    private final String description;
    private final MistakeCategory category;
    private final int priority;

    /**
     * @param id          LanguageTool rule id, {@code SPRECHSTUNDE_…}
     * @param description what the rule checks, for LanguageTool's rule lists
     * @param category    what kind of mistake it finds (a finding may name another)
     * @param priority    which rule wins when two matches overlap: the higher number
     */
    protected LearnerRule(Lexicon lexicon, String id, String description, MistakeCategory category, int priority) {
        this.lexicon = lexicon;
        this.id = id;
        this.description = description;
        this.category = category;
        this.priority = priority;
        setCategory(new Category(CATEGORY_ID, "Learner rules"));
    }

    @Override
    public final String getId() {
        return id;
    }

    @Override
    public final String getDescription() {
        return description;
    }

    /** What kind of mistake this rule finds. */
    public final MistakeCategory mistakeCategory() {
        return category;
    }

    /** Which rule wins when two matches overlap: the higher number. */
    public final int priority() {
        return priority;
    }

    abstract List<Finding> find(Tokens tokens);

    /** A finding of this rule's own category. */
    Finding finding(int first, int last, String fix, Explanation explanation) {
        return new Finding(first, last, fix, mistakeCategory(), explanation);
    }

    @Override
    public final RuleMatch[] match(AnalyzedSentence sentence) {
        try {
            Tokens tokens = new Tokens(sentence);
            List<RuleMatch> matches = new ArrayList<>();
            for (Finding finding : find(tokens)) {
                String wrong = tokens.text(finding.first(), finding.last());
                if (wrong.equals(finding.fix())) {
                    continue;
                }
                RuleMatch match = new RuleMatch(this, sentence, tokens.start(finding.first()), tokens.end(finding.last()),
                        finding.explanation().english(), finding.explanation().german());
                match.setSuggestedReplacement(finding.fix());
                match.setSpecificRuleId(getId() + CATEGORY_SEPARATOR + finding.category().key());
                matches.add(match);
            }
            return matches.toArray(new RuleMatch[0]);
        } catch (RuntimeException e) {
            log.warn("learner rule {} failed on a sentence of {} characters", getId(), sentence.getText().length(), e);
            return new RuleMatch[0];
        }
    }

    /** Keeps the learner's capital letter at the start of a rewritten phrase. */
    static String capitalLike(String original, String replacement) {
        if (replacement.isEmpty() || original.isEmpty()) {
            return replacement;
        }
        boolean upper = Character.isUpperCase(original.charAt(0));
        String first = upper ? replacement.substring(0, 1).toUpperCase(java.util.Locale.GERMAN)
                : replacement.substring(0, 1).toLowerCase(java.util.Locale.GERMAN);
        return first + replacement.substring(1);
    }
}
