package de.sprechstunde.core.tutor;

import de.sprechstunde.core.learner.LearnerProfile;
import de.sprechstunde.core.port.CacheKind;
import de.sprechstunde.core.port.ChatMessage;
import de.sprechstunde.core.port.Correction;
import de.sprechstunde.core.port.ModelTier;
import de.sprechstunde.core.port.SpeakingRate;
import de.sprechstunde.core.port.TokenListener;
import java.util.List;
import java.util.Optional;

/** Free conversation: deterministic corrections first, then the tutor's answer, spoken (while it streams) if wanted. */
public final class ConversationLesson implements LessonMode {

    private final GrammarCorrections corrections;
    private final PromptBuilder prompts;
    private final TurnHistory history;
    private final TutorAnswerer answerer;
    private final VoiceReplier voice;
    private final ModelTiers tiers;

    public ConversationLesson(GrammarCorrections corrections, PromptBuilder prompts, TurnHistory history,
                              TutorAnswerer answerer, VoiceReplier voice, ModelTiers tiers) {
        this.corrections = corrections;
        this.prompts = prompts;
        this.history = history;
        this.answerer = answerer;
        this.voice = voice;
        this.tiers = tiers;
    }

    @Override
    public LearnerProfile play(TurnContext turn) {
        LearnerProfile learner = turn.profile();
        Optional<List<Correction>> found = corrections.checkAndShow(learner, turn.text(), turn.spoken(), turn.sink());
        List<ChatMessage> prompt = prompts.conversation(learner, history.forPrompt(learner.id()), turn.text(), turn.spoken(), found);
        ModelTier tier = tiers.forTurn(turn);
        Optional<SpokenAnswer> spoken = learner.voiceReplies() ? voice.follow(SpeakingRate.NORMAL) : Optional.empty();
        Optional<String> answer = answerer.answer(prompt, tier, CacheKind.CONVERSATION, turn.sink(), turn.texts(),
                spoken.map(TokenListener.class::cast).orElse(TokenListener.IGNORE));
        answer.ifPresent(text -> history.remember(learner.id(), turn.text(), text));
        SpokenAnswer.deliverOrCancel(spoken, answer, turn);
        return learner;
    }
}
