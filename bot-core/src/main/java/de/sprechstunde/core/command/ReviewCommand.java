package de.sprechstunde.core.command;

import de.sprechstunde.core.learner.ExplanationLanguage;
import de.sprechstunde.core.learner.LearnerProfile;
import de.sprechstunde.core.learning.Reviews;
import java.util.Locale;
import java.util.Set;

/** {@code /review}: a session of the learner's due cards; {@code /review stop} ends it. */
public final class ReviewCommand implements Command {

    private static final Set<String> STOP = Set.of("stop", "end", "ende", "stopp", "beenden");

    private final Reviews reviews;

    public ReviewCommand(Reviews reviews) {
        this.reviews = reviews;
    }

    @Override
    public String name() {
        return "review";
    }

    @Override
    public String usage() {
        return "/review";
    }

    @Override
    public String summary(ExplanationLanguage language) {
        return language.pick("review your due cards", "fällige Karten wiederholen");
    }

    @Override
    public LearnerProfile run(CommandCall call) {
        if (STOP.contains(call.arguments().toLowerCase(Locale.ROOT))) {
            return reviews.stop(call.profile(), call.turn().sink());
        }
        return reviews.start(call.profile(), call.turn().sink());
    }
}
