package de.sprechstunde.telegram.inbound;

import de.sprechstunde.core.message.IncomingMessage;
import de.sprechstunde.telegram.outbound.Destination;

/**
 * A Telegram update translated for the tutor: the message and where its answer goes.
 *
 * @param message the platform-neutral message
 * @param replyTo the chat (and quoted message) for the answer
 */
public record Inbound(IncomingMessage message, Destination replyTo) {
}
