package de.sprechstunde.core.command;

import de.sprechstunde.core.learner.ExplanationLanguage;
import de.sprechstunde.core.learner.LearnerProfile;

/**
 * One slash command. Commands work without the model, so they keep working when it is offline.
 * Implementations are stateless and thread-safe.
 */
public interface Command {

    /** The name without the slash, e.g. {@code level}. */
    String name();

    /** How to call it, e.g. {@code /level <A1..C2>}. */
    String usage();

    /** One line for {@code /help}. */
    String summary(ExplanationLanguage language);

    /** Admin commands are refused for everyone not in {@code ADMIN_IDS}. */
    default boolean adminOnly() {
        return false;
    }

    /** Whether {@code /help} lists it; commands only buttons send (a card's rating) are not listed. */
    default boolean listed() {
        return true;
    }

    /**
     * Runs the command and replies through the call's sink.
     *
     * @return the learner's profile as it should be saved afterwards
     */
    LearnerProfile run(CommandCall call);
}
