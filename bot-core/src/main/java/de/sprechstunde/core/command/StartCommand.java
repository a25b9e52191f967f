package de.sprechstunde.core.command;

import de.sprechstunde.core.learner.ExplanationLanguage;
import de.sprechstunde.core.learner.LearnerProfile;
import de.sprechstunde.core.message.Choice;
import java.util.ArrayList;
import java.util.List;

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

    private static List<Choice> withTest(ExplanationLanguage language) {
        List<Choice> choices = new ArrayList<>(LevelChoices.all());
        choices.add(new Choice(language.pick("📝 Placement test", "📝 Einstufungstest"), "/test"));
        return choices;
    }

    @Override
    public LearnerProfile run(CommandCall call) {
        LearnerProfile learner = call.profile();
        String name = learner.displayName().isBlank() ? "" : " " + learner.displayName();
        call.reply(call.language().pick(
                "Hallo" + name + "! 👋 I'm Sprechstunde, your German tutor. Write to me in German (or send a voice note) "
                        + "and I'll answer at your level, correct your mistakes kindly and keep the conversation going.\n\n"
                        + "Your level is set to *" + learner.level() + "*. Choose another one below, or try /mode for role-plays "
                        + "and pronunciation drills. Not sure of your level? Take the placement test: /test (12 questions). "
                        + "/help shows all commands.",
                "Hallo" + name + "! 👋 Ich bin Sprechstunde, dein Deutschtutor. Schreib mir auf Deutsch (oder schick eine "
                        + "Sprachnachricht), und ich antworte auf deinem Niveau, korrigiere freundlich und frage nach.\n\n"
                        + "Dein Niveau ist *" + learner.level() + "*. Wähle unten ein anderes, oder probier /mode für Rollenspiele "
                        + "und Aussprachetraining. Unsicher? Mach den Einstufungstest: /test (12 Fragen). "
                        + "/help zeigt alle Befehle."),
                withTest(call.language()));
        return learner;
    }
}
