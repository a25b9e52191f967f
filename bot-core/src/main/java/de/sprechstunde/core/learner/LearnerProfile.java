package de.sprechstunde.core.learner;

import java.time.Instant;
import java.util.Objects;

/**
 * Everything the tutor remembers about how to teach one learner. Immutable: changes return a copy.
 *
 * @param id            who
 * @param displayName   how to greet them
 * @param level         their CEFR level
 * @param explanations  the language explanations are written in
 * @param voiceReplies  whether answers also come as voice messages
 * @param corrections   how much correcting they want
 * @param mode          what they are practising
 * @param createdAt     first contact
 */
public record LearnerProfile(
        LearnerId id,
        String displayName,
        CefrLevel level,
        ExplanationLanguage explanations,
        boolean voiceReplies,
        CorrectionLevel corrections,
        TutorMode mode,
        Instant createdAt) {

    public static final CefrLevel DEFAULT_LEVEL = CefrLevel.A2;

    public LearnerProfile {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(explanations, "explanations");
        Objects.requireNonNull(corrections, "corrections");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(createdAt, "createdAt");
        displayName = displayName == null ? "" : displayName;
    }

    /** A new learner with the defaults: A2, English explanations, no voice, full corrections, conversation. */
    public static LearnerProfile newLearner(LearnerId id, String displayName, Instant now) {
        return new LearnerProfile(id, displayName, DEFAULT_LEVEL, ExplanationLanguage.ENGLISH, false,
                CorrectionLevel.FULL, TutorMode.conversation(), now);
    }

    public LearnerProfile withLevel(CefrLevel newLevel) {
        return new LearnerProfile(id, displayName, newLevel, explanations, voiceReplies, corrections, mode, createdAt);
    }

    public LearnerProfile withExplanations(ExplanationLanguage language) {
        return new LearnerProfile(id, displayName, level, language, voiceReplies, corrections, mode, createdAt);
    }

    public LearnerProfile withVoiceReplies(boolean on) {
        return new LearnerProfile(id, displayName, level, explanations, on, corrections, mode, createdAt);
    }

    public LearnerProfile withCorrections(CorrectionLevel newCorrections) {
        return new LearnerProfile(id, displayName, level, explanations, voiceReplies, newCorrections, mode, createdAt);
    }

    public LearnerProfile withMode(TutorMode newMode) {
        return new LearnerProfile(id, displayName, level, explanations, voiceReplies, corrections, newMode, createdAt);
    }

    public LearnerProfile withDisplayName(String name) {
        return new LearnerProfile(id, name, level, explanations, voiceReplies, corrections, mode, createdAt);
    }
}
