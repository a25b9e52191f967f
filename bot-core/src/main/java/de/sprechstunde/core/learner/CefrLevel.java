package de.sprechstunde.core.learner;

import java.util.Locale;
import java.util.Optional;

/** The Common European Framework levels, from beginner (A1) to mastery (C2). */
public enum CefrLevel {
    A1("beginner: very short sentences, present tense, the 500 most common words"),
    A2("elementary: short everyday sentences, present and perfect tense, common words"),
    B1("intermediate: connected sentences on familiar topics, subordinate clauses, past tenses"),
    B2("upper intermediate: detailed text on many topics, passive, subjunctive II, idioms in moderation"),
    C1("advanced: fluent, precise and idiomatic language, complex structures"),
    C2("mastery: any register, nuance and style like an educated native speaker");

    private final String guidance;

    CefrLevel(String guidance) {
        this.guidance = guidance;
    }

    /** How the tutor should speak at this level; goes into the system prompt. */
    public String guidance() {
        return guidance;
    }

    public boolean atLeast(CefrLevel other) {
        return compareTo(other) >= 0;
    }

    public static Optional<CefrLevel> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(valueOf(text.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
