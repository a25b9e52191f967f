package de.sprechstunde.core.tutor;

import de.sprechstunde.core.learner.ExplanationLanguage;
import de.sprechstunde.core.learner.LearnerProfile;
import de.sprechstunde.core.learner.TutorMode;
import de.sprechstunde.core.message.Reply;
import de.sprechstunde.core.message.ReplySink;
import de.sprechstunde.core.port.CacheKind;
import de.sprechstunde.core.port.ModelTier;
import de.sprechstunde.core.port.SpeakingRate;
import de.sprechstunde.core.port.TokenListener;
import de.sprechstunde.core.scenario.Scenario;
import de.sprechstunde.core.scenario.ScenarioCatalog;
import java.util.Optional;

/**
 * Role-play: the tutor plays its part for a set number of learner turns, then steps out of the
 * role and gives feedback, and the learner is back in conversation mode.
 */
public final class ScenarioLesson implements LessonMode {

    private final ScenarioCatalog catalog;
    private final PromptBuilder prompts;
    private final TurnHistory history;
    private final TutorAnswerer answerer;
    private final VoiceReplier voice;
    private final ModelTiers tiers;

    public ScenarioLesson(ScenarioCatalog catalog, PromptBuilder prompts, TurnHistory history,
                          TutorAnswerer answerer, VoiceReplier voice, ModelTiers tiers) {
        this.catalog = catalog;
        this.prompts = prompts;
        this.history = history;
        this.answerer = answerer;
        this.voice = voice;
        this.tiers = tiers;
    }

    /** Starts a role-play: explains the scene and plays the opening line. History starts afresh. */
    public LearnerProfile start(LearnerProfile learner, Scenario scenario, ReplySink sink, TutorTexts texts) {
        history.clear(learner.id());
        ExplanationLanguage language = learner.explanations();
        sink.send(Reply.Text.of("🎭 *" + scenario.title() + "*\n"
                + language.pick("I play: ", "Ich spiele: ") + scenario.tutorRole() + "\n"
                + language.pick("Your goal: ", "Dein Ziel: ") + scenario.learnerGoal() + "\n"
                + language.pick("After " + scenario.turns() + " replies you get feedback. /mode conversation ends the role-play.",
                        "Nach " + scenario.turns() + " Antworten bekommst du Feedback. /mode conversation beendet das Rollenspiel.")));
        sink.send(Reply.Text.of(scenario.openingLine()));
        history.rememberTutor(learner.id(), scenario.openingLine());
        if (learner.voiceReplies()) {
            voice.speak(scenario.openingLine(), SpeakingRate.NORMAL, sink, texts);
        }
        return learner.withMode(new TutorMode.Scenario(scenario.id(), 0));
    }

    @Override
    public LearnerProfile play(TurnContext turn) {
        LearnerProfile learner = turn.profile();
        TutorMode.Scenario mode = (TutorMode.Scenario) learner.mode();
        Optional<Scenario> found = catalog.find(mode.scenarioId());
        if (found.isEmpty()) {
            turn.sink().send(Reply.Text.of("That role-play no longer exists, so we're back to free conversation."));
            return learner.withMode(TutorMode.conversation());
        }
        Scenario scenario = found.get();
        ModelTier tier = tiers.forTurn(turn);
        Optional<SpokenAnswer> spoken = learner.voiceReplies() ? voice.follow(SpeakingRate.NORMAL) : Optional.empty();
        Optional<String> answer = answerer.answer(
                prompts.scenario(learner, scenario, history.forPrompt(learner.id()), turn.text(), turn.spoken()),
                tier, CacheKind.SCENARIO, turn.sink(), turn.texts(), spoken.map(TokenListener.class::cast).orElse(TokenListener.IGNORE));
        SpokenAnswer.deliverOrCancel(spoken, answer, turn);
        if (answer.isEmpty()) {
            return learner;
        }
        history.remember(learner.id(), turn.text(), answer.get());
        TutorMode.Scenario next = mode.nextTurn();
        if (next.turns() < scenario.turns()) {
            return learner.withMode(next);
        }
        return finish(learner, scenario, turn);
    }

    private LearnerProfile finish(LearnerProfile learner, Scenario scenario, TurnContext turn) {
        // the feedback streams into the same message, after this line
        turn.sink().lead(learner.explanations().pick(
                "🎬 That's the end of the role-play! Here's your feedback:", "🎬 Ende des Rollenspiels! Hier ist dein Feedback:"));
        answerer.answer(prompts.scenarioFeedback(learner, scenario, history.forPrompt(learner.id())),
                ModelTier.MAIN, CacheKind.SCENARIO, turn.sink(), turn.texts());
        history.clear(learner.id());
        return learner.withMode(TutorMode.conversation());
    }
}
