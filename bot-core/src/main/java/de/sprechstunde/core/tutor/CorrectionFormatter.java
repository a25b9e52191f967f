package de.sprechstunde.core.tutor;

import de.sprechstunde.core.learner.CorrectionLevel;
import de.sprechstunde.core.learner.ExplanationLanguage;
import de.sprechstunde.core.port.Correction;
import java.util.List;

/** Shows corrections to the learner: the wrong part, the fix and the curated explanation. */
public final class CorrectionFormatter {

    /** The corrections block, or empty text when there is nothing to show at this level. */
    public String format(List<Correction> corrections, CorrectionLevel level, ExplanationLanguage language) {
        if (corrections.isEmpty() || level == CorrectionLevel.OFF) {
            return "";
        }
        List<Correction> shown = level == CorrectionLevel.LIGHT ? corrections.subList(0, 1) : corrections;
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
}
