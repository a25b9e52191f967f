package de.sprechstunde.core.command;

import de.sprechstunde.core.learner.ExplanationLanguage;
import de.sprechstunde.core.learner.LearnerProfile;
import de.sprechstunde.core.learning.CardHarvester;
import de.sprechstunde.core.learning.Reviews;
import de.sprechstunde.core.text.LearnerText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@code /add <Wort oder Satz>}: a card of the learner's own choosing. */
public final class AddCommand implements Command {

    /** One word or one sentence; longer is no card anyone can review. */
    static final int MAX_CHARS = 200;
    private static final Logger log = LoggerFactory.getLogger(AddCommand.class);

    private final CardHarvester harvester;

    public AddCommand(CardHarvester harvester) {
        this.harvester = harvester;
    }

    @Override
    public String name() {
        return "add";
    }

    @Override
    public String usage() {
        return "/add <Wort oder Satz>";
    }

    @Override
    public String summary(ExplanationLanguage language) {
        return language.pick("add a word or sentence to review", "ein Wort oder einen Satz zum Wiederholen anlegen");
    }

    @Override
    public LearnerProfile run(CommandCall call) {
        ExplanationLanguage lang = call.language();
        String text = LearnerText.normalise(call.arguments()).replace('\n', ' ');
        if (text.isEmpty() || !text.matches("(?s).*\\p{L}.*")) {
            log.info("/add without a word");
            call.reply(lang.pick("Add what? Write a German word or sentence after it, e.g. /add der Bahnhof or /add Ich bin gestern gefahren.",
                    "Was soll ich anlegen? Schreib ein deutsches Wort oder einen Satz dahinter, z. B. /add der Bahnhof oder /add Ich bin gestern gefahren."));
            return call.profile();
        }
        if (text.length() > MAX_CHARS) {
            log.info("/add too long: {} characters", text.length());
            call.reply(lang.pick("That is too long for a card (" + text.length() + " characters; at most " + MAX_CHARS + "). Add one word or one sentence.",
                    "Das ist zu lang für eine Karte (" + text.length() + " Zeichen; höchstens " + MAX_CHARS + "). Leg ein Wort oder einen Satz an."));
            return call.profile();
        }
        CardHarvester.Added added;
        try {
            added = harvester.fromLearner(call.profile(), text);
        } catch (RuntimeException e) {
            log.warn("card store unavailable for /add: {}", e.toString());
            call.reply(Reviews.unavailable(lang));
            return call.profile();
        }
        call.reply(added.added()
                ? lang.pick("➕ Added: *" + added.card().answer() + "*. It is due now — /review.",
                "➕ Angelegt: *" + added.card().answer() + "*. Sie ist gleich fällig – /review.")
                : lang.pick("You already have that card: *" + added.card().answer() + "*.",
                "Diese Karte hast du schon: *" + added.card().answer() + "*."));
        return call.profile();
    }
}
