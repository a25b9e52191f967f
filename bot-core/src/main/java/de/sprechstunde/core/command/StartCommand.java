package de.sprechstunde.core.command;

import de.sprechstunde.core.learner.ExplanationLanguage;
import de.sprechstunde.core.learner.LearnerProfile;

/** {@code /start}: a welcome and the first choice to make, the level. */
public final class StartCommand implements Command {

    @Override
    public String name() {
        return "start";
    }

    @Override
    public String usage() {
        return "/start";
    }

    @Override
    public String summary(ExplanationLanguage language) {
        return language.pick("welcome and first steps", "Begrüßung und erste Schritte");
    }

    @Override
    public LearnerProfile run(CommandCall call) {
        LearnerProfile learner = call.profile();
        String name = learner.displayName().isBlank() ? "" : " " + learner.displayName();
        call.reply(call.language().pick(
                "Hallo" + name + "! 👋 I'm Sprechstunde, your German tutor. Write to me in German (or send a voice note) "
                        + "and I'll answer at your level, correct your mistakes kindly and keep the conversation going.\n\n"
                        + "Your level is set to *" + learner.level() + "*. Choose another one below, or try /mode for role-plays "
                        + "and pronunciation drills. /help shows all commands.",
                "Hallo" + name + "! 👋 Ich bin Sprechstunde, dein Deutschtutor. Schreib mir auf Deutsch (oder schick eine "
                        + "Sprachnachricht), und ich antworte auf deinem Niveau, korrigiere freundlich und frage nach.\n\n"
                        + "Dein Niveau ist *" + learner.level() + "*. Wähle unten ein anderes, oder probier /mode für Rollenspiele "
                        + "und Aussprachetraining. /help zeigt alle Befehle."),
                LevelChoices.all());
        return learner;
    }
}
