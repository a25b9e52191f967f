/** The Discord adapter: JDA events to {@code IncomingMessage}s, replies back to Discord. */
package de.sprechstunde.discord;
