package de.sprechstunde.core.tutor;

/** The names of the per-day usage counters shown in {@code /stats}. */
public final class UsageCounters {

    public static final String MESSAGES = "messages";
    public static final String VOICE_NOTES = "voice_notes";
    public static final String GRAMMAR_CHECKS = "grammar_checks";

    private UsageCounters() {
    }
}
