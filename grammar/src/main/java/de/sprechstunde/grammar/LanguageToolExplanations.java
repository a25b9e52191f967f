package de.sprechstunde.grammar;

import de.sprechstunde.core.learner.MistakeCategory;
import de.sprechstunde.grammar.rules.AgreementClassifier;
import de.sprechstunde.grammar.rules.Explanation;
import java.util.Map;
import org.languagetool.rules.RuleMatch;

/**
 * The category and curated explanation of a match from one of LanguageTool's own rules. Rules are
 * known by their id (or id prefix); everything else falls back to its LanguageTool category.
 */
final class LanguageToolExplanations {

    /** A category with its explanation. */
    record Explained(MistakeCategory category, Explanation explanation) {
    }

    private static final Map<MistakeCategory, Explanation> BY_CATEGORY = Map.of(
            MistakeCategory.GENDER, new Explanation(
                    "Article and noun must agree — every noun has its gender: der Tisch, die Lampe, das Buch.",
                    "Artikel und Nomen müssen zusammenpassen – jedes Nomen hat sein Genus: der Tisch, die Lampe, das Buch."),
            MistakeCategory.CASE, new Explanation(
                    "The article shows the case the sentence needs (nominative, accusative, dative).",
                    "Der Artikel zeigt den Kasus, den der Satz braucht (Nominativ, Akkusativ, Dativ)."),
            MistakeCategory.ADJECTIVE_ENDING, new Explanation(
                    "The adjective ending depends on the article, gender and case: ein guter Freund, den neuen Job.",
                    "Die Adjektivendung hängt von Artikel, Genus und Kasus ab: ein guter Freund, den neuen Job."),
            MistakeCategory.PLURAL, new Explanation(
                    "More than one → plural. German plurals rarely take -s: das Buch, die Bücher.",
                    "Mehr als eins → Plural. Deutsche Plurale enden selten auf -s: das Buch, die Bücher."),
            MistakeCategory.AUXILIARY, new Explanation(
                    "Verbs of movement or change form the perfect with „sein“, most others with „haben“.",
                    "Verben der Bewegung oder Veränderung bilden das Perfekt mit „sein“, die meisten anderen mit „haben“."),
            MistakeCategory.COMPARISON, new Explanation(
                    "After a comparative use „als“ (größer als); for equality „so … wie“.",
                    "Nach dem Komparativ steht „als“ (größer als); bei Gleichheit „so … wie“."),
            MistakeCategory.AGREEMENT, new Explanation(
                    "The verb agrees with its subject: ich bin, du bist, er ist, wir sind.",
                    "Das Verb richtet sich nach dem Subjekt: ich bin, du bist, er ist, wir sind."),
            MistakeCategory.SPELLING, new Explanation(
                    "Spelling: this is not a German word as written — the fix is the closest correct one.",
                    "Rechtschreibung: So geschrieben ist es kein deutsches Wort – die Korrektur ist das nächste richtige."),
            MistakeCategory.OTHER, new Explanation(
                    "A German grammar rule flags this; compare your words with the fix.",
                    "Eine Grammatikregel meldet diese Stelle; vergleiche deine Wörter mit der Korrektur."));
    private static final Explanation CAPITALS = new Explanation(
            "Capital letters: German nouns start with a capital, other words (after the first) do not.",
            "Großschreibung: Nomen schreibt man groß, andere Wörter (außer am Satzanfang) klein.");
    private static final Explanation DATIVE_PREPOSITION = new Explanation(
            "This preposition always takes the dative (mit, von, zu, aus, bei, nach, seit): dem / der / dem.",
            "Diese Präposition steht immer mit Dativ (mit, von, zu, aus, bei, nach, seit): dem / der / dem.");
    private static final Explanation ACCUSATIVE_PREPOSITION = new Explanation(
            "This preposition always takes the accusative (für, ohne, durch, gegen, um): den / die / das.",
            "Diese Präposition steht immer mit Akkusativ (für, ohne, durch, gegen, um): den / die / das.");

    private static final Explanation LEAVE_OUT = new Explanation(
            "This word is one too many here — leave it out.",
            "Dieses Wort ist hier zu viel – lass es weg.");

    private final AgreementClassifier agreement;

    LanguageToolExplanations(AgreementClassifier agreement) {
        this.agreement = agreement;
    }

    Explained explain(RuleMatch match, String wrong, String fix) {
        String id = match.getRule().getId();
        String category = match.getRule().getCategory().getId().toString();
        if (id.equals("PRAEP_DAT") || id.startsWith("PRAEP_DAT")) {
            return new Explained(MistakeCategory.CASE, DATIVE_PREPOSITION);
        }
        if (id.startsWith("PRAEP_AKK")) {
            return new Explained(MistakeCategory.CASE, ACCUSATIVE_PREPOSITION);
        }
        if (id.startsWith("PRAEP")) {
            return generic(MistakeCategory.CASE);
        }
        if (id.startsWith("DE_AGREEMENT") || id.startsWith("SIMPLE_AGREEMENT")) {
            return generic(agreement.classify(wrong, fix));
        }
        if (id.startsWith("VIELZAHL") || id.contains("PLURAL")) {
            return generic(MistakeCategory.PLURAL);
        }
        if (id.startsWith("HILFSVERB")) {
            return generic(MistakeCategory.AUXILIARY);
        }
        if (id.startsWith("KOMP_") || id.contains("ALS_WIE")) {
            return generic(MistakeCategory.COMPARISON);
        }
        if (id.contains("VERBAGREEMENT") || id.contains("SUBJECT_VERB") || id.contains("KONGRUENZ")) {
            return generic(MistakeCategory.AGREEMENT);
        }
        if (fix.isBlank()) {
            // a deletion changes no letters: whatever the rule's category, it is no spelling fix
            return new Explained(MistakeCategory.OTHER, LEAVE_OUT);
        }
        if (category.equals("CASING")) {
            return new Explained(MistakeCategory.SPELLING, CAPITALS);
        }
        if (category.equals("TYPOS") || category.equals("COMPOUNDING") || category.equals("MULTITOKEN_SPELLING")) {
            return generic(MistakeCategory.SPELLING);
        }
        return generic(MistakeCategory.OTHER);
    }

    private static Explained generic(MistakeCategory category) {
        return new Explained(category, BY_CATEGORY.get(category));
    }
}
