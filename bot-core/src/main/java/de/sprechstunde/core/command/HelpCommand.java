package de.sprechstunde.core.command;

import de.sprechstunde.core.learner.ExplanationLanguage;
import de.sprechstunde.core.learner.LearnerProfile;

/** {@code /help}: every command the caller may use, one line each. */
public final class HelpCommand implements Command {

    private final CommandRegistry registry;

    public HelpCommand(CommandRegistry registry) {
        this.registry = registry;
    }

    @Override
    public String name() {
        return "help";
    }

    @Override
    public String usage() {
        return "/help";
    }

    @Override
    public String summary(ExplanationLanguage language) {
        return language.pick("this overview", "diese Übersicht");
    }

    @Override
    public LearnerProfile run(CommandCall call) {
        StringBuilder text = new StringBuilder(call.language().pick(
                "Just write to me in German — or send a voice note. Commands:\n",
                "Schreib mir einfach auf Deutsch – oder schick eine Sprachnachricht. Befehle:\n"));
        for (Command command : registry.all()) {
            if (command.adminOnly() && !call.turn().admin() || !command.listed()) {
                continue;
            }
            text.append('\n').append(command.usage()).append(" — ").append(command.summary(call.language()));
        }
        call.reply(text.toString());
        return call.profile();
    }
}
