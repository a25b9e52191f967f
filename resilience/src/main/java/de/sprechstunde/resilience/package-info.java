/**
 * Decorators that keep the bot answering while Redis or MongoDB is away: a breaker that notices
 * the outage, a bounded buffer that keeps writes through it, and in-process fallbacks for each
 * state port. They wrap any adapter of the core's ports and import none.
 */
package de.sprechstunde.resilience;
