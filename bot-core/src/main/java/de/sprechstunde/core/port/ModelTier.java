package de.sprechstunde.core.port;

/** Which of the two configured models answers: the main one, or the fast one for voice turns. */
public enum ModelTier {
    MAIN,
    FAST
}
