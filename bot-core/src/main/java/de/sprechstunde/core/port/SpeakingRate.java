package de.sprechstunde.core.port;

/** How fast the voice speaks: normal answers, or slowly for words a learner should repeat. */
public enum SpeakingRate {
    NORMAL,
    SLOW
}
