package de.sprechstunde.core.tutor;

import de.sprechstunde.core.message.Reply;
import de.sprechstunde.core.message.TextStream;

/**
 * Streams a model answer to the learner a few words behind the model, and stops showing it the
 * moment it starts repeating the system prompt, so no leaked run is ever visible, not even for a
 * moment in an edited message. The final text is decided by {@link TutorAnswerer}.
 */
final class LeakShieldedStream implements TextStream {

    private final TextStream stream;
    private final PromptLeaks leaks;
    private final PromptLeaks.Instructions instructions;
    private boolean leaked;

    LeakShieldedStream(TextStream stream, PromptLeaks leaks, String systemPrompt) {
        this.stream = stream;
        this.leaks = leaks;
        // the prompt's runs once, not on every token
        this.instructions = leaks.instructionsOf(systemPrompt);
    }

    @Override
    public void update(String textSoFar) {
        if (leaked) {
            return;
        }
        if (instructions.repeatedIn(textSoFar)) {
            leaked = true;
            return;
        }
        String showable = leaks.showable(textSoFar);
        if (!showable.isEmpty()) {
            stream.update(showable);
        }
    }

    /** True when the streamed text repeated the system prompt, or {@code finalText} does. */
    boolean leaked(String finalText) {
        return leaked || instructions.repeatedIn(finalText);
    }

    @Override
    public void complete(Reply.Text finalText) {
        stream.complete(finalText);
    }

    @Override
    public void abort(Reply.Text apology) {
        stream.abort(apology);
    }
}
