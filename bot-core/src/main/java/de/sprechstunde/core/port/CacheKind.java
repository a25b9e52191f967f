package de.sprechstunde.core.port;

/** What a cached model answer belongs to; each kind has its own time to live. */
public enum CacheKind {
    CONVERSATION,
    GRAMMAR,
    SCENARIO
}
