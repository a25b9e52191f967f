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
        return language.pick("start the conversation afresh", "Gespräch neu beginnen");
    }

    @Override
    public LearnerProfile run(CommandCall call) {
        history.clear(call.profile().id());
        call.reply(call.language().pick("🧹 Fresh start! I've forgotten our conversation (your level, settings and progress stay). Worüber möchtest du sprechen?",
                "🧹 Neuanfang! Ich habe unser Gespräch vergessen (Niveau, Einstellungen und Fortschritt bleiben). Worüber möchtest du sprechen?"));
        return call.profile().withMode(TutorMode.conversation());
    }
}
