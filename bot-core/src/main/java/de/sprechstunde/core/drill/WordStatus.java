package de.sprechstunde.core.drill;

/** How one word of a pronunciation attempt came out. */
public enum WordStatus {
    /** Heard as the target word. */
    CORRECT,
    /** Heard as a different word: the learner said it, but not recognisably right. */
    MISPRONOUNCED,
    /** A target word that was not heard at all. */
    MISSED,
    /** A heard word that is not in the target. */
    EXTRA
}
