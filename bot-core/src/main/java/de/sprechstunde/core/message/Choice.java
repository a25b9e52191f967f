package de.sprechstunde.core.message;

import java.util.Objects;

/**
 * A button a platform may show under a reply (Telegram inline keyboard, Discord button).
 * Pressing it sends {@code command} back as if the learner had typed it.
 *
 * @param label   the button text
 * @param command the command text to send back, e.g. {@code /level B1}
 */
public record Choice(String label, String command) {
    public Choice {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(command, "command");
    }
}
