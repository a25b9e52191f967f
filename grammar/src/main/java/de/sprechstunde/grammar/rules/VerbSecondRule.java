package de.sprechstunde.grammar.rules;

import de.sprechstunde.core.learner.MistakeCategory;
import de.sprechstunde.grammar.rules.Inflection.Case;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Verb second: after a fronted adverbial, object or subordinate clause the finite verb comes
 * before the subject ("Gestern ich bin …" → "Gestern bin ich …"; "Wenn ich Zeit habe, ich lese" →
 * "…, lese ich").
 */
public final class VerbSecondRule extends LearnerRule {

    static final Explanation EXPLANATION = new Explanation(
            "Verb second: in a German main clause the verb is the 2nd element — when something else comes first, the subject moves after the verb.",
            "Verbzweitstellung: Im Hauptsatz steht das Verb an Position 2 – steht etwas anderes vorn, kommt das Subjekt nach dem Verb.");

    public VerbSecondRule(Lexicon lexicon) {
        super(lexicon, "SPRECHSTUNDE_VERB_SECOND", "Verb second after a fronted adverbial, object or subordinate clause", MistakeCategory.WORD_ORDER, 90);
    }

    @Override
    List<Finding> find(Tokens tokens) {
        List<Finding> findings = new ArrayList<>();
        int start = 0;
        while (tokens.is(start, WordLists.COORDINATORS.toArray(String[]::new))) {
            start++;
        }
        if (start >= tokens.size()) {
            return findings;
        }
        if (WordLists.SUBORDINATORS.contains(tokens.lower(start))) {
            int comma = tokens.clauseEnd(start);
            if (comma < tokens.size() && tokens.word(comma).equals(",")) {
                inverted(tokens, comma + 1, comma + 1).ifPresent(findings::add);
            }
            return findings;
        }
        int afterFront = frontedEnd(tokens, start);
        if (afterFront > start) {
            inverted(tokens, start, afterFront).ifPresent(findings::add);
        }
        return findings;
    }

    /** A subject followed by its finite verb at {@code at}: rewritten as verb then subject. */
    private Optional<Finding> inverted(Tokens tokens, int spanStart, int at) {
        return Subject.at(tokens, at, lexicon).flatMap(subject -> {
            int verb = subject.last() + 1;
            if (!tokens.isFiniteFor(verb, subject.person()) || verb + 1 < tokens.size() && tokens.word(verb + 1).equals(",")) {
                return Optional.empty();
            }
            String fronted = spanStart < at ? tokens.text(spanStart, at - 1) + " " : "";
            String subjectText = tokens.text(subject.first(), subject.last());
            return Optional.of(finding(spanStart, verb, fronted + tokens.word(verb) + " " + subjectText, EXPLANATION));
        });
    }

    /** The index after the fronted element at {@code i}, or {@code i} when there is none. */
    private int frontedEnd(Tokens tokens, int i) {
        String lower = tokens.lower(i);
        if (tokens.isPunctuation(i + 1)) {
            return i;
        }
        if (lexicon.hasTag(lower, "PRP:")) {
            Optional<NounPhrase> object = NounPhrase.at(tokens, i + 1, lexicon);
            return object.map(np -> np.last() + 1).orElse(i);
        }
        Optional<NounPhrase> phrase = NounPhrase.at(tokens, i, lexicon);
        if (phrase.isPresent()) {
            NounPhrase np = phrase.get();
            boolean timePhrase = WordLists.TIME_NOUNS.contains(np.nounLemma(tokens, lexicon));
            boolean nominative = np.agreeing().stream().anyMatch(r -> r.grammaticalCase() == Case.NOM);
            return timePhrase || !nominative && !np.agreeing().isEmpty() ? np.last() + 1 : i;
        }
        return isFrontableAdverb(tokens, i, lower) ? i + 1 : i;
    }

    private boolean isFrontableAdverb(Tokens tokens, int i, String lower) {
        if (WordLists.NOT_FRONTED_ALONE.contains(lower)) {
            return false;
        }
        if (WordLists.W_WORDS.contains(lower)) {
            return tokens.word(tokens.size() - 1).equals("?");
        }
        return tokens.hasTag(i, "ADV") || lexicon.hasTag(lower, "ADV");
    }
}
