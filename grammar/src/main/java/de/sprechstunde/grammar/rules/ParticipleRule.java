package de.sprechstunde.grammar.rules;

import de.sprechstunde.core.learner.MistakeCategory;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Participles built like regular ones for irregular verbs ("gelest", "geschreibt", "angeruft" →
 * "gelesen", "geschrieben", "angerufen"), and a ge- too many ("gestudiert" → "studiert"). The verb
 * is found in LanguageTool's dictionary and its real participle made by its synthesizer.
 */
public final class ParticipleRule extends LearnerRule {

    private static final Pattern REGULAR_SHAPE = Pattern.compile("([a-zäöü]*?)ge([a-zäöüß]+?)(e?t)");
    static final Explanation EXPLANATION = new Explanation(
            "Irregular verb: its participle ends in -en and often changes the vowel (lesen → gelesen, schreiben → geschrieben).",
            "Unregelmäßiges Verb: Das Partizip endet auf -en und ändert oft den Vokal (lesen → gelesen, schreiben → geschrieben).");
    static final Explanation NO_GE = new Explanation(
            "Verbs on -ieren and with be-, ver-, er-, ent-, zer- … form the participle without ge- (studiert, verstanden, bekommen).",
            "Verben auf -ieren und mit be-, ver-, er-, ent-, zer- … bilden das Partizip ohne ge- (studiert, verstanden, bekommen).");

    static final Explanation PERFECT = new Explanation(
            "The perfect tense is haben / sein + the participle at the end: ich habe … bekommen, gesehen, gekauft.",
            "Das Perfekt ist haben / sein + Partizip am Ende: ich habe … bekommen, gesehen, gekauft.");
    private static final Set<String> AUXILIARIES = Set.of("habe", "hast", "hat", "haben", "habt", "bin", "bist", "ist",
            "sind", "seid");
    /** Words that open another clause or join another verb, after which a conjugated verb is in order. */
    private static final Set<String> CLAUSE_WORDS = Set.of("und", "oder", "aber", "zu", "das", "der", "die", "was", "wer",
            "wo", "wie", "dass", "weil", "wenn", "ob", "als", "denn");

    public ParticipleRule(Lexicon lexicon) {
        super(lexicon, "SPRECHSTUNDE_PARTICIPLE", "Participles of irregular verbs", MistakeCategory.PARTICIPLE, 80);
    }

    @Override
    List<Finding> find(Tokens tokens) {
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            String word = tokens.word(i);
            if (tokens.isCapitalised(i) || !word.contains("ge") || lexicon.knows(word)) {
                continue;
            }
            int at = i;
            extraGe(word).or(() -> irregular(word))
                    .ifPresent(finding -> findings.add(finding(at, at, finding.fix(), finding.explanation())));
        }
        for (int i = 0; i < tokens.size(); i++) {
            if (AUXILIARIES.contains(tokens.lower(i))) {
                presentInsteadOfParticiple(tokens, i).ifPresent(findings::add);
            }
        }
        return findings;
    }

    /** "Ich habe einen Brief bekommt": a conjugated verb closes a clause opened by haben or sein. */
    private Optional<Finding> presentInsteadOfParticiple(Tokens tokens, int auxiliary) {
        int last = tokens.clauseEnd(auxiliary) - 1;
        if (last <= auxiliary + 1 || tokens.isCapitalised(last) || !tokens.isFinite(last)
                || tokens.hasTag(last, "VER:PA2") || tokens.hasTag(last, "VER:INF")
                || Person.ofPronoun(tokens.word(last - 1)).isPresent() || CLAUSE_WORDS.contains(tokens.lower(last - 1))) {
            return Optional.empty();
        }
        for (int k = auxiliary + 1; k < last; k++) {
            if (CLAUSE_WORDS.contains(tokens.lower(k)) || tokens.isFinite(k) && !tokens.isCapitalised(k) && tokens.hasTag(k, "VER")) {
                return Optional.empty();
            }
        }
        return tokens.lemma(last, "VER")
                .flatMap(lemma -> lexicon.form(lemma, "VER:PA2.*"))
                .filter(participle -> !participle.equals(tokens.word(last)))
                .map(participle -> finding(last, last, participle, PERFECT));
    }

    private record Fix(String fix, Explanation explanation) {
    }

    private Optional<Fix> extraGe(String word) {
        if (word.startsWith("ge") && lexicon.hasTag(word.substring(2), "VER:PA2")) {
            return Optional.of(new Fix(word.substring(2), NO_GE));
        }
        return Optional.empty();
    }

    private Optional<Fix> irregular(String word) {
        Matcher m = REGULAR_SHAPE.matcher(word);
        if (!m.matches()) {
            return Optional.empty();
        }
        String prefix = m.group(1);
        if (!prefix.isEmpty() && !WordLists.PARTICLES.contains(prefix)) {
            return Optional.empty();
        }
        String stem = m.group(2);
        List<String> lemmas = new ArrayList<>(List.of(prefix + stem + "en", prefix + stem + "n"));
        if (stem.startsWith("g") && stem.length() > 2) {
            lemmas.add(prefix + stem.substring(1) + "en");
        }
        for (String lemma : lemmas) {
            if (lexicon.hasTag(lemma, "VER:INF")) {
                Optional<String> participle = lexicon.form(lemma, "VER:PA2.*").filter(p -> !p.equals(word));
                if (participle.isPresent()) {
                    return Optional.of(new Fix(participle.get(), EXPLANATION));
                }
            }
        }
        return Optional.empty();
    }
}
