package de.sprechstunde.core.tutor;

import de.sprechstunde.core.learner.LearnerProfile;
import de.sprechstunde.core.learning.CardHarvester;
import de.sprechstunde.core.port.CacheKind;
import de.sprechstunde.core.port.ChatMessage;
import de.sprechstunde.core.port.Correction;
import de.sprechstunde.core.port.ModelTier;
import de.sprechstunde.core.port.SpeakingRate;
import de.sprechstunde.core.port.TokenListener;
import java.util.List;
import java.util.Optional;

/**
 * Free conversation: deterministic corrections first, then the tutor's answer (knowing the learner's
 * weak spots and due words), spoken if wanted; corrections and new words become cards.
 */
public final class ConversationLesson implements LessonMode {

    private final GrammarCorrections corrections;
    private final PromptBuilder prompts;
    private final TurnHistory history;
    private final TutorAnswerer answerer;
    private final VoiceReplier voice;
    private final ModelTiers tiers;
    private final LearnerFocus focus;
    private final CardHarvester harvester;

    public ConversationLesson(GrammarCorrections corrections, PromptBuilder prompts, TurnHistory history,
                              TutorAnswerer answerer, VoiceReplier voice, ModelTiers tiers, LearnerFocus focus,
                              CardHarvester harvester) {
        this.corrections = corrections;
        this.prompts = prompts;
        this.history = history;
        this.answerer = answerer;
        this.voice = voice;
        this.tiers = tiers;
        this.focus = focus;
        this.harvester = harvester;
    }

    @Override
    public LearnerProfile play(TurnContext turn) {
        LearnerProfile learner = turn.profile();
        Optional<List<Correction>> found = corrections.checkAndShow(learner, turn.text(), turn.spoken(), turn.sink());
        found.ifPresent(corrections -> harvester.fromCorrections(learner, turn.text(), corrections));
        List<ChatMessage> prompt = prompts.conversation(learner, history.forPrompt(learner.id()), turn.text(), turn.spoken(), found,
                focus.of(learner.id()));
        ModelTier tier = tiers.forTurn(turn);
        Optional<SpokenAnswer> spoken = learner.voiceReplies() ? voice.follow(SpeakingRate.NORMAL) : Optional.empty();
        Optional<String> answer = answerer.answer(prompt, tier, CacheKind.CONVERSATION, turn.sink(), turn.texts(),
                spoken.map(TokenListener.class::cast).orElse(TokenListener.IGNORE));
        answer.ifPresent(text -> {
            history.remember(learner.id(), turn.text(), text);
            harvester.fromWords(learner, turn.text(), text);
        });
        SpokenAnswer.deliverOrCancel(spoken, answer, turn);
        return learner;
    }
}
