package de.sprechstunde.core.port;

import de.sprechstunde.core.learner.CefrLevel;
import de.sprechstunde.core.learner.ExplanationLanguage;
import java.util.List;

/**
 * Asks a model for corrections of a learner's text, to find what the deterministic checker misses.
 * The proposals are unverified: the tutor checks each before a learner sees it.
 *
 * <p>Thread-safe. Blocks the calling thread (a tutor worker) for at most the implementation's
 * bounded timeout. Never throws: a model that is down, slow or answers something unreadable yields
 * an empty list, so the turn goes on without suggestions.
 */
public interface CorrectionProposer {

    /**
     * @param text     the learner's text
     * @param level    the learner's level
     * @param language the language the explanations should be written in
     */
    List<ProposedCorrection> propose(String text, CefrLevel level, ExplanationLanguage language);

    /** No model corrections: the deterministic checker alone. */
    CorrectionProposer NONE = (text, level, language) -> List.of();
}
