package de.sprechstunde.core.port;

import de.sprechstunde.core.learner.LearnerId;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/**
 * A learner's reminder settings and the next reminder's moment.
 *
 * @param learner who
 * @param zone    the learner's time zone (IANA)
 * @param at      the local time of day to be reminded; empty when reminders are off
 * @param next    when the next reminder is due; empty when reminders are off
 */
public record ReminderSchedule(LearnerId learner, ZoneId zone, Optional<LocalTime> at, Optional<Instant> next) {

    public ReminderSchedule {
        Objects.requireNonNull(learner, "learner");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(next, "next");
        if (at.isPresent() != next.isPresent()) {
            throw new IllegalArgumentException("a reminder on has a time and a next moment; one off has neither");
        }
        at = at.map(time -> time.withSecond(0).withNano(0));
    }

    public static ReminderSchedule off(LearnerId learner, ZoneId zone) {
        return new ReminderSchedule(learner, zone, Optional.empty(), Optional.empty());
    }

    public boolean on() {
        return at.isPresent();
    }
}
