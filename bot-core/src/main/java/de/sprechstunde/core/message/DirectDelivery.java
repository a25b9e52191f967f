package de.sprechstunde.core.message;

/** How a message the learner did not ask for (a reminder) ended. */
public enum DirectDelivery {
    /** The platform accepted it. */
    DELIVERED,
    /** The learner blocked the bot or closes their DMs (Telegram 403, Discord 50007): stop sending. */
    BLOCKED,
    /** A transient failure outlasted the retry window; nothing was shown. */
    FAILED,
    /** The platform cannot start a private chat (the console). */
    UNSUPPORTED
}
