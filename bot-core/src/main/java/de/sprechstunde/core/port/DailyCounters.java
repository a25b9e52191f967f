package de.sprechstunde.core.port;

import java.time.LocalDate;
import java.util.SortedMap;

/**
 * Counts per UTC day for the admin's {@code /stats} (messages, voice notes, grammar checks), shared
 * by all bot instances. Thread-safe; never fails the caller; keeps a bounded number of days.
 */
public interface DailyCounters {

    void increment(String counter, LocalDate day);

    /** The last {@code days} days up to and including {@code today}, oldest first; missing days are zero. */
    SortedMap<LocalDate, Long> lastDays(String counter, LocalDate today, int days);
}
