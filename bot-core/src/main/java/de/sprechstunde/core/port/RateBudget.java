package de.sprechstunde.core.port;

/** Separate per-learner budgets: voice costs far more than text. */
public enum RateBudget {
    TEXT,
    VOICE
}
