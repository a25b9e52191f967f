package de.sprechstunde.core.testing;

import de.sprechstunde.core.learner.CefrLevel;
import de.sprechstunde.core.learner.ExplanationLanguage;
import de.sprechstunde.core.port.CorrectionProposer;
import de.sprechstunde.core.port.ProposedCorrection;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A correction proposer for core tests: proposes the scripted corrections for every text, as a
 * model would, hallucinations included, and records each text it was asked about. Answering
 * nothing stands for a model that is down, too slow or unreadable (the port's promise).
 */
public final class ScriptedCorrectionProposer implements CorrectionProposer {

    /** One question the proposer was asked. */
    public record Asked(String text, CefrLevel level, ExplanationLanguage language) {
    }

    private final List<Asked> asked = new CopyOnWriteArrayList<>();
    private volatile List<ProposedCorrection> proposals = List.of();

    /** Every text gets these proposals from now on. */
    public ScriptedCorrectionProposer proposes(ProposedCorrection... corrections) {
        this.proposals = List.of(corrections);
        return this;
    }

    public static ProposedCorrection proposal(String wrong, String fix, String category, String explanation) {
        return new ProposedCorrection(wrong, fix, category, explanation);
    }

    @Override
    public List<ProposedCorrection> propose(String text, CefrLevel level, ExplanationLanguage language) {
        asked.add(new Asked(text, level, language));
        return proposals;
    }

    public List<Asked> asked() {
        return List.copyOf(asked);
    }
}
