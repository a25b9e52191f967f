package de.sprechstunde.core.command;

import de.sprechstunde.core.learner.ExplanationLanguage;
import de.sprechstunde.core.learner.LearnerProfile;
import de.sprechstunde.core.message.Choice;
import java.util.List;
import java.util.Optional;

/** {@code /language <en|de>}: the language of explanations and help. */
public final class LanguageCommand implements Command {

    @Override
    public String name() {
        return "language";
    }

    @Override
    public String usage() {
        return "/language <en|de>";
    }

    @Override
    public String summary(ExplanationLanguage language) {
        return language == ExplanationLanguage.GERMAN ? "Sprache der Erklärungen" : "language of explanations";
    }

    @Override
    public LearnerProfile run(CommandCall call) {
        Optional<ExplanationLanguage> language = ExplanationLanguage.parse(call.arguments());
        if (language.isEmpty()) {
            call.reply(call.say("Explanations are in " + call.language().displayName() + ". Use /language en or /language de.",
                    "Erklärungen sind auf " + call.language().displayName() + ". Nutze /language en oder /language de."),
                    List.of(new Choice("English", "/language en"), new Choice("Deutsch", "/language de")));
            return call.profile();
        }
        call.reply(language.get() == ExplanationLanguage.GERMAN
                ? "Alles klar, ich erkläre ab jetzt auf Deutsch." : "All right, I'll explain in English from now on.");
        return call.profile().withExplanations(language.get());
    }
}
