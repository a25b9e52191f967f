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
        return language.pick("language of explanations", "Sprache der Erklärungen");
    }

    @Override
    public LearnerProfile run(CommandCall call) {
        Optional<ExplanationLanguage> language = ExplanationLanguage.parse(call.arguments());
        if (language.isEmpty()) {
            call.reply(call.language().pick("Explanations are in " + call.language().displayName() + ". Use /language en or /language de.",
                    "Erklärungen sind auf " + call.language().displayName() + ". Nutze /language en oder /language de."),
                    List.of(new Choice("English", "/language en"), new Choice("Deutsch", "/language de")));
            return call.profile();
        }
        call.reply(language.get().pick("All right, I'll explain in English from now on.", "Alles klar, ich erkläre ab jetzt auf Deutsch."));
        return call.profile().withExplanations(language.get());
    }
}
