package de.sprechstunde.core.reminder;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/** When a daily reminder at a local time of day next falls due. */
final class ReminderTimes {

    private ReminderTimes() {
    }

    /**
     * The first moment after {@code now} at which it is {@code at} in {@code zone}. On a day when the
     * clocks skip that time (spring forward) it is the moment just after the gap.
     */
    static Instant nextAfter(Instant now, LocalTime at, ZoneId zone) {
        LocalDate day = now.atZone(zone).toLocalDate();
        Instant candidate = ZonedDateTime.of(day, at, zone).toInstant();
        while (!candidate.isAfter(now)) {
            day = day.plusDays(1);
            candidate = ZonedDateTime.of(day, at, zone).toInstant();
        }
        return candidate;
    }
}
