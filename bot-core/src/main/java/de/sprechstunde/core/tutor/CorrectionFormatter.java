package de.sprechstunde.core.tutor;

import de.sprechstunde.core.learner.CefrLevel;
import de.sprechstunde.core.learner.CorrectionLevel;
import de.sprechstunde.core.learner.ExplanationLanguage;
import de.sprechstunde.core.learner.LearnerProfile;
import de.sprechstunde.core.learner.MistakeCategory;
import de.sprechstunde.core.port.Correction;
import java.util.Comparator;
import java.util.List;

/**
 * Shows corrections to the learner: the wrong part, the fix and the curated explanation.
 *
 * <p>{@code full} shows every correction with its explanation; {@code light} only the most
 * important one (word order and case before spelling), without explanation. Explanations are in
 * the learner's {@code /language}, except that from C1 on they are in German: at that level the
 * German grammar terms are practice too.
 */
public final class CorrectionFormatter {

    /** Most important first: what changes the sentence's structure before what changes a letter. */
    private static final List<MistakeCategory> IMPORTANCE = List.of(MistakeCategory.WORD_ORDER, MistakeCategory.CASE,
            MistakeCategory.AUXILIARY, MistakeCategory.GENDER, MistakeCategory.PARTICIPLE, MistakeCategory.AGREEMENT,
            MistakeCategory.ADJECTIVE_ENDING, MistakeCategory.PLURAL, MistakeCategory.COMPARISON, MistakeCategory.OTHER,
            MistakeCategory.SPELLING);

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
        List<Correction> shown = level == CorrectionLevel.LIGHT ? List.of(mostImportant(corrections)) : corrections;
        StringBuilder text = new StringBuilder();
        for (Correction c : shown) {
            if (text.length() > 0) {
                text.append('\n');
            }
            text.append("✏️ „").append(c.wrong()).append("“ → „*").append(c.fix()).append("*“");
            if (level == CorrectionLevel.FULL) {
                text.append(" — ").append(c.explanationIn(language));
            }
        }
        return text.toString();
    }

    private static Correction mostImportant(List<Correction> corrections) {
        return corrections.stream().min(Comparator.comparingInt(CorrectionFormatter::rank)).orElseThrow();
    }

    private static int rank(Correction correction) {
        int index = MistakeCategory.fromKey(correction.category()).map(IMPORTANCE::indexOf).orElse(-1);
        return index < 0 ? IMPORTANCE.size() : index;
    }
}
