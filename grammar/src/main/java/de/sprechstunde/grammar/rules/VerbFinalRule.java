package de.sprechstunde.grammar.rules;

import de.sprechstunde.core.learner.MistakeCategory;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Verb last in subordinate clauses (weil, dass, ob, wenn, als, obwohl … and indirect
 * w-questions): "weil ich bin krank" → "weil ich krank bin"; "…, wo ist der Bahnhof" →
 * "…, wo der Bahnhof ist". A separable particle at the end joins the verb ("früh aufstehe").
 */
public final class VerbFinalRule extends LearnerRule {

    static final Explanation SUBORDINATE = new Explanation(
            "Verb last: after weil, dass, ob, wenn, als, obwohl … the conjugated verb goes to the end of the clause.",
            "Verb am Ende: Nach weil, dass, ob, wenn, als, obwohl … steht das konjugierte Verb am Ende des Nebensatzes.");
    static final Explanation INDIRECT_QUESTION = new Explanation(
            "Indirect question: after „Weißt du / Kannst du mir sagen, wo …“ the verb goes to the end — „wo der Bahnhof ist“.",
            "Indirekte Frage: Nach „Weißt du / Kannst du mir sagen, wo …“ steht das Verb am Ende – „wo der Bahnhof ist“.");

    public VerbFinalRule(Lexicon lexicon) {
        super(lexicon, "SPRECHSTUNDE_VERB_FINAL", "Verb last in subordinate clauses and indirect questions", MistakeCategory.WORD_ORDER, 90);
    }

    @Override
    List<Finding> find(Tokens tokens) {
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            String word = tokens.lower(i);
            boolean afterComma = i == 0 || tokens.word(i - 1).equals(",");
            if (WordLists.SUBORDINATORS.contains(word) && (afterComma || !WordLists.SUBORDINATORS_AFTER_COMMA.contains(word))) {
                subjectThenVerb(tokens, i, SUBORDINATE).ifPresent(findings::add);
            } else if (WordLists.W_WORDS.contains(word) && i > 0 && afterComma && askedBefore(tokens, i - 1)) {
                int at = i;
                subjectThenVerb(tokens, at, INDIRECT_QUESTION).or(() -> verbThenSubject(tokens, at)).ifPresent(findings::add);
            }
        }
        return findings;
    }

    /** "weil ich bin krank": the verb right after the subject, something after it. */
    private Optional<Finding> subjectThenVerb(Tokens tokens, int conjunction, Explanation why) {
        return Subject.at(tokens, conjunction + 1, lexicon).flatMap(subject -> {
            int verb = subject.last() + 1;
            int end = tokens.clauseEnd(conjunction);
            if (!tokens.isFiniteFor(verb, subject.person()) || verb + 1 >= end) {
                return Optional.empty();
            }
            List<String> words = new ArrayList<>();
            for (int k = conjunction; k <= subject.last(); k++) {
                words.add(tokens.word(k));
            }
            return Optional.of(finding(conjunction, end - 1, rebuild(tokens, words, verb + 1, end, verb), why));
        });
    }

    /** "wo ist der Bahnhof": verb then subject in an indirect question. */
    private Optional<Finding> verbThenSubject(Tokens tokens, int wWord) {
        int verb = wWord + 1;
        return Subject.at(tokens, verb + 1, lexicon).flatMap(subject -> {
            int end = tokens.clauseEnd(wWord);
            if (!tokens.isFiniteFor(verb, subject.person())) {
                return Optional.empty();
            }
            List<String> words = new ArrayList<>();
            words.add(tokens.word(wWord));
            for (int k = subject.first(); k <= subject.last(); k++) {
                words.add(tokens.word(k));
            }
            return Optional.of(finding(wWord, end - 1, rebuild(tokens, words, subject.last() + 1, end, verb), INDIRECT_QUESTION));
        });
    }

    /** Appends the words {@code from..end-1} and then the verb, joined with a final separable particle. */
    private static String rebuild(Tokens tokens, List<String> words, int from, int end, int verb) {
        for (int k = from; k < end; k++) {
            words.add(tokens.word(k));
        }
        String last = words.get(words.size() - 1);
        if (end - 1 >= from && WordLists.PARTICLES.contains(last.toLowerCase(java.util.Locale.ROOT)) && tokens.hasTag(end - 1, "ZUS")) {
            words.set(words.size() - 1, last + tokens.word(verb));
        } else {
            words.add(tokens.word(verb));
        }
        return String.join(" ", words);
    }

    /** Whether the clause before the comma at {@code comma} has a verb like wissen or fragen. */
    private static boolean askedBefore(Tokens tokens, int comma) {
        for (int k = tokens.clauseStart(comma - 1); k < comma; k++) {
            for (String lemma : tokens.verbLemmas(k)) {
                if (WordLists.QUESTION_VERBS.contains(lemma)) {
                    return true;
                }
            }
        }
        return false;
    }
}
