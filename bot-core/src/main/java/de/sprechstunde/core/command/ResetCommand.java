package de.sprechstunde.core.command;

import de.sprechstunde.core.learner.ExplanationLanguage;
import de.sprechstunde.core.learner.LearnerProfile;
import de.sprechstunde.core.learner.TutorMode;
import de.sprechstunde.core.tutor.TurnHistory;

/** {@code /reset}: forget the conversation so far and start afresh; settings and progress stay. */
public final class ResetCommand implements Command {

    private final TurnHistory history;

    public ResetCommand(TurnHistory history) {
        this.history = history;
    }

    @Override
    public String name() {
        return "reset";
    }

    @Override
    public String usage() {
        return "/reset";
    }

    @Override
    public String summary(ExplanationLanguage language) {
        return language == ExplanationLanguage.GERMAN ? "Gespräch neu beginnen" : "start the conversation afresh";
    }

    @Override
    public LearnerProfile run(CommandCall call) {
        history.clear(call.profile().id());
        call.reply(call.say("🧹 Fresh start! I've forgotten our conversation (your level, settings and progress stay). Worüber möchtest du sprechen?",
                "🧹 Neuanfang! Ich habe unser Gespräch vergessen (Niveau, Einstellungen und Fortschritt bleiben). Worüber möchtest du sprechen?"));
        return call.profile().withMode(TutorMode.conversation());
    }
}
