package de.sprechstunde.core.command;

import de.sprechstunde.core.learner.ExplanationLanguage;
import de.sprechstunde.core.learner.LearnerProfile;
import de.sprechstunde.core.message.Choice;
import de.sprechstunde.core.message.Reply;
import de.sprechstunde.core.tutor.TurnContext;
import java.util.List;
import java.util.Objects;

/**
 * One invocation of a command.
 *
 * @param turn      the learner's turn that carried it
 * @param arguments everything after the command name, trimmed
 */
public record CommandCall(TurnContext turn, String arguments) {
    public CommandCall {
        Objects.requireNonNull(turn, "turn");
        arguments = arguments == null ? "" : arguments.strip();
    }

    public LearnerProfile profile() {
        return turn.profile();
    }

    public ExplanationLanguage language() {
        return turn.profile().explanations();
    }

    public void reply(String text) {
        turn.sink().send(Reply.Text.of(text));
    }

    public void reply(String text, List<Choice> choices) {
        turn.sink().send(Reply.Text.withChoices(text, choices));
    }

    /** A reply only the caller sees where the platform supports it (admin output). */
    public void replyPrivately(String text) {
        turn.sink().send(new Reply.Text(text, List.of(), true));
    }
}
