package de.sprechstunde.telegram.api;

/** What an outgoing call is, for pacing: which of Telegram's budgets it uses and how hard it is retried. */
public enum Traffic {

    /** A message, a final edit, a delete or a voice: the chat's budget and the overall one; retried through transient failures. */
    MESSAGE,
    /** An interim message or edit of a streamed answer: sent only while the chat keeps a token for the final text; never retried. */
    STREAM_EDIT,
    /** A draft of a streamed answer (private chats): its own cadence, outside the chat's message budget; never retried. */
    DRAFT,
    /** "typing…" or "recording voice…": outside the chat's budget, sent only when the overall budget has room at once, else dropped. */
    ACTION,
    /** Anything else (getMe, getFile, menus, webhook, callback answers): the overall budget; only flood waits are retried. */
    CALL;

    /** Interim and optional traffic gives way to messages in the overall budget. */
    boolean optional() {
        return this == STREAM_EDIT || this == DRAFT || this == ACTION;
    }
}
