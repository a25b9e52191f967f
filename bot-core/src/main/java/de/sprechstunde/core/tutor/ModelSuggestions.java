package de.sprechstunde.core.tutor;

import de.sprechstunde.core.learner.ExplanationLanguage;
import de.sprechstunde.core.learner.LearnerProfile;
import de.sprechstunde.core.port.Correction;
import de.sprechstunde.core.port.CorrectionProposer;
import de.sprechstunde.core.port.GrammarChecker;
import de.sprechstunde.core.port.ProposedCorrection;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The second, verified layer of corrections: asks the model what the checker missed and keeps only
 * the proposals {@link SuggestionVerifier} lets through, at most {@value #MAX_SUGGESTIONS} a turn.
 */
final class ModelSuggestions {

    private static final Logger log = LoggerFactory.getLogger(ModelSuggestions.class);
    static final int MAX_SUGGESTIONS = 3;

    private final CorrectionProposer proposer;
    private final SuggestionVerifier verifier;

    ModelSuggestions(CorrectionProposer proposer, GrammarChecker checker) {
        this.proposer = proposer;
        this.verifier = new SuggestionVerifier(checker);
    }

    /**
     * @param found what the checker found in {@code text}, before voice filtering
     * @param shown the checker's corrections the learner sees; suggestions never touch them
     * @return the verified suggestions, in text order; empty when the model had nothing usable
     */
    List<Correction> find(LearnerProfile learner, String text, boolean spoken, List<Correction> found, List<Correction> shown) {
        if (proposer == CorrectionProposer.NONE) {
            return List.of();
        }
        ExplanationLanguage language = CorrectionFormatter.explanationLanguage(learner);
        try {
            return verified(proposer.propose(text, learner.level(), language), learner, text, spoken, found, shown);
        } catch (RuntimeException e) {
            // the ports promise never to throw; if one does anyway, this turn has no suggestions
            log.warn("model suggestions failed; none this turn", e);
            return List.of();
        }
    }

    private List<Correction> verified(List<ProposedCorrection> proposals, LearnerProfile learner, String text,
                                      boolean spoken, List<Correction> found, List<Correction> shown) {
        List<Correction> kept = new ArrayList<>(shown);
        List<Correction> suggestions = new ArrayList<>();
        Map<SuggestionVerifier.Verdict, Integer> verdicts = new EnumMap<>(SuggestionVerifier.Verdict.class);
        for (ProposedCorrection proposal : proposals) {
            if (suggestions.size() == MAX_SUGGESTIONS) {
                break;
            }
            SuggestionVerifier.Checked checked = verifier.verify(proposal, text, found, kept, learner.level(), spoken);
            verdicts.merge(checked.verdict(), 1, Integer::sum);
            checked.correction().ifPresent(c -> {
                kept.add(c);
                suggestions.add(c);
            });
        }
        if (!proposals.isEmpty()) {
            log.debug("model suggestions: {} proposed, verdicts {}", proposals.size(), verdicts);
        }
        suggestions.sort(Comparator.comparingInt(Correction::start));
        return List.copyOf(suggestions);
    }
}
