package de.sprechstunde.core.command;

import de.sprechstunde.core.learner.CefrLevel;
import de.sprechstunde.core.learner.ExplanationLanguage;
import de.sprechstunde.core.learner.LearnerProfile;
import java.util.Optional;

/** {@code /level <A1..C2>}: the level the tutor speaks and explains at. */
public final class LevelCommand implements Command {

    @Override
    public String name() {
        return "level";
    }

    @Override
    public String usage() {
        return "/level <A1..C2>";
    }

    @Override
    public String summary(ExplanationLanguage language) {
        return language.pick("set your level", "dein Niveau einstellen");
    }

    @Override
    public LearnerProfile run(CommandCall call) {
        LearnerProfile learner = call.profile();
        if (call.arguments().isEmpty()) {
            call.reply(call.language().pick("Your level is *" + learner.level() + "*. Choose a new one:",
                    "Dein Niveau ist *" + learner.level() + "*. Wähle ein neues:"), LevelChoices.all());
            return learner;
        }
        Optional<CefrLevel> level = CefrLevel.parse(call.arguments());
        if (level.isEmpty()) {
            call.reply(call.language().pick("\"" + shorten(call.arguments()) + "\" is not a level. Use one of A1, A2, B1, B2, C1, C2 — e.g. /level B1.",
                    "„" + shorten(call.arguments()) + "“ ist kein Niveau. Nimm A1, A2, B1, B2, C1 oder C2 – z. B. /level B1."),
                    LevelChoices.all());
            return learner;
        }
        call.reply(call.language().pick("Done — I'll talk to you at level *" + level.get() + "* now. Los geht's!",
                "Erledigt – ich spreche jetzt auf Niveau *" + level.get() + "* mit dir. Los geht's!"));
        return learner.withLevel(level.get());
    }

    static String shorten(String text) {
        return text.length() > 20 ? text.substring(0, 20) + "…" : text;
    }
}
