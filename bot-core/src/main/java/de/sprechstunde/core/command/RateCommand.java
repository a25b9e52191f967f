package de.sprechstunde.core.command;

import de.sprechstunde.core.learner.ExplanationLanguage;
import de.sprechstunde.core.learner.LearnerProfile;
import de.sprechstunde.core.learning.Rating;
import de.sprechstunde.core.learning.Reviews;
import java.util.Optional;

/**
 * {@code /rate <card> <reviews> <rating>}: what a review's rating button sends. The review count
 * makes a second press (or an old button after a restart) change nothing.
 */
public final class RateCommand implements Command {

    private final Reviews reviews;

    public RateCommand(Reviews reviews) {
        this.reviews = reviews;
    }

    @Override
    public String name() {
        return "rate";
    }

    @Override
    public String usage() {
        return "/rate <card> <reviews> <again|hard|good|easy>";
    }

    @Override
    public String summary(ExplanationLanguage language) {
        return language.pick("rate a reviewed card (sent by its buttons)", "eine Karte bewerten (senden ihre Knöpfe)");
    }

    @Override
    public boolean listed() {
        return false;
    }

    @Override
    public LearnerProfile run(CommandCall call) {
        String[] parts = call.arguments().split("\\s+");
        Optional<Rating> rating = parts.length == 3 ? Rating.parse(parts[2]) : Optional.empty();
        if (rating.isEmpty() || !parts[1].matches("\\d{1,6}")) {
            call.reply(call.language().pick("That rating button is out of date. /review starts a new session.",
                    "Dieser Bewertungsknopf ist veraltet. /review startet eine neue Runde."));
            return call.profile();
        }
        return reviews.rate(call.profile(), parts[0], Integer.parseInt(parts[1]), rating.get(), call.turn().sink());
    }
}
