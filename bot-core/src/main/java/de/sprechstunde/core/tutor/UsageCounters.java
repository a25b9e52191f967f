package de.sprechstunde.core.tutor;

/** The names of the per-day usage counters shown in {@code /stats}. */
public final class UsageCounters {

    public static final String MESSAGES = "messages";
    public static final String VOICE_NOTES = "voice_notes";
    public static final String GRAMMAR_CHECKS = "grammar_checks";
    public static final String PLACEMENT_TESTS = "placement_tests";
    public static final String REMINDERS_SENT = "reminders_sent";
    public static final String REMINDERS_FAILED = "reminders_failed";

    private UsageCounters() {
    }
}
