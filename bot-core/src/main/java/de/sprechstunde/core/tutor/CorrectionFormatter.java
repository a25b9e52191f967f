package de.sprechstunde.core.tutor;

import de.sprechstunde.core.learner.CefrLevel;
import de.sprechstunde.core.learner.CorrectionLevel;
import de.sprechstunde.core.learner.ExplanationLanguage;
import de.sprechstunde.core.learner.LearnerProfile;
import de.sprechstunde.core.learner.MistakeCategory;
import de.sprechstunde.core.port.Correction;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Shows corrections to the learner: the wrong part, the fix and the explanation.
 *
 * <p>{@code full} shows grammar points first, each with its explanation, then the spelling and
 * capitalisation fixes of the message grouped on one line, so five typos do not bury the one
 * grammar point; {@code light} only the most important correction (a rule's before the model's,
 * word order and case before spelling), without explanation. The model's verified suggestions are
 * marked 💡 and "(suggestion)", a rule's findings ✏️. A deletion is shown as "(delete)", never as
 * an empty fix. Explanations are in the learner's {@code /language}, except that from C1 on they
 * are in German: at that level the German grammar terms are practice too.
 */
public final class CorrectionFormatter {

    /** Most important first: what changes the sentence's structure before what changes a letter. */
    private static final List<MistakeCategory> IMPORTANCE = List.of(MistakeCategory.WORD_ORDER, MistakeCategory.CASE,
            MistakeCategory.AUXILIARY, MistakeCategory.GENDER, MistakeCategory.PARTICIPLE, MistakeCategory.AGREEMENT,
            MistakeCategory.ADJECTIVE_ENDING, MistakeCategory.PLURAL, MistakeCategory.COMPARISON, MistakeCategory.OTHER,
            MistakeCategory.SPELLING);
    private static final String RULE_MARK = "✏️ ";
    private static final String SUGGESTION_MARK = "💡 ";

    /** The language explanations are shown in for this learner. */
    public static ExplanationLanguage explanationLanguage(LearnerProfile learner) {
        return learner.level().atLeast(CefrLevel.C1) ? ExplanationLanguage.GERMAN : learner.explanations();
    }

    /** The corrections block for this learner, or empty text when there is nothing to show. */
    public String format(List<Correction> corrections, LearnerProfile learner) {
        return format(corrections, learner.corrections(), explanationLanguage(learner));
    }

    /** The corrections block, or empty text when there is nothing to show at this level. */
    public String format(List<Correction> corrections, CorrectionLevel level, ExplanationLanguage language) {
        if (corrections.isEmpty() || level == CorrectionLevel.OFF) {
            return "";
        }
        if (level == CorrectionLevel.LIGHT) {
            Correction first = mostImportant(corrections);
            return mark(first) + change(first, language) + suggestionNote(first, language);
        }
        List<String> lines = new ArrayList<>();
        for (boolean suggestions : new boolean[] {false, true}) {
            of(corrections, suggestions, false).forEach(c -> lines.add(explained(c, language)));
        }
        for (boolean suggestions : new boolean[] {false, true}) {
            List<Correction> spelling = of(corrections, suggestions, true);
            if (spelling.size() == 1) {
                // a lone typo keeps its explanation (capitals, a misspelled word)
                lines.add(explained(spelling.get(0), language));
            } else if (!spelling.isEmpty()) {
                lines.add(mark(spelling.get(0)) + language.pick("Spelling: ", "Rechtschreibung: ")
                        + spelling.stream().map(c -> change(c, language)).collect(Collectors.joining(", "))
                        + suggestionNote(spelling.get(0), language));
            }
        }
        return String.join("\n", lines);
    }

    private static String explained(Correction c, ExplanationLanguage language) {
        return mark(c) + change(c, language) + " — " + c.explanationIn(language) + suggestionNote(c, language);
    }

    /** „wrong“ → „*fix*“, or „wrong“ → (delete) when the fix removes it. */
    static String change(Correction c, ExplanationLanguage language) {
        String to = c.deletion() ? language.pick("(delete)", "(streichen)") : "„*" + c.fix() + "*“";
        return "„" + c.wrong() + "“ → " + to;
    }

    private static String mark(Correction c) {
        return c.suggestion() ? SUGGESTION_MARK : RULE_MARK;
    }

    private static String suggestionNote(Correction c, ExplanationLanguage language) {
        return c.suggestion() ? " " + language.pick("(suggestion)", "(Vorschlag)") : "";
    }

    private static List<Correction> of(List<Correction> corrections, boolean suggestions, boolean spelling) {
        return corrections.stream().filter(c -> c.suggestion() == suggestions && isSpelling(c) == spelling).toList();
    }

    private static boolean isSpelling(Correction c) {
        return MistakeCategory.SPELLING.key().equals(c.category());
    }

    private static Correction mostImportant(List<Correction> corrections) {
        return corrections.stream()
                .min(Comparator.comparing(Correction::suggestion).thenComparingInt(CorrectionFormatter::rank))
                .orElseThrow();
    }

    private static int rank(Correction correction) {
        int index = MistakeCategory.fromKey(correction.category()).map(IMPORTANCE::indexOf).orElse(-1);
        return index < 0 ? IMPORTANCE.size() : index;
    }
}
