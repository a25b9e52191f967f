package de.sprechstunde.mongo;

/** The collection names; docs/state.md describes each with its indexes. */
final class Collections {

    static final String LEARNERS = "learners";
    static final String TURNS = "turns";
    static final String PROGRESS = "progress";
    static final String MISTAKES = "mistakes";
    static final String AUDIT = "audit";
    static final String LEDGER = "ledger";
    static final String REMINDERS = "reminders";
    static final String CARDS = "cards";

    private Collections() {
    }
}
