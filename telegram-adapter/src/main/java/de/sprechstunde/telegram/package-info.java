/** The Telegram adapter: Telegram updates to {@code IncomingMessage}s, replies back to Telegram. */
package de.sprechstunde.telegram;
