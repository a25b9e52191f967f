package de.sprechstunde.core.reminder;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Objects;

/**
 * How reminders are scheduled.
 *
 * @param quiet       hours without reminders, unless the learner chose a time inside them
 * @param checkEvery  how often the scheduler looks for due reminders
 * @param lateBy      a reminder found later than this after its time (the bot was down) is skipped for the day
 * @param defaultZone the zone of a learner who never set {@code /timezone}
 */
public record ReminderSettings(QuietHours quiet, Duration checkEvery, Duration lateBy, ZoneId defaultZone) {

    public ReminderSettings {
        Objects.requireNonNull(quiet, "quiet");
        Objects.requireNonNull(defaultZone, "defaultZone");
        if (checkEvery.isNegative() || checkEvery.isZero() || lateBy.isNegative()) {
            throw new IllegalArgumentException("checkEvery must be positive and lateBy not negative");
        }
    }

    public static ReminderSettings defaults() {
        return new ReminderSettings(QuietHours.DEFAULT, Duration.ofMinutes(1), Duration.ofHours(3), ZoneId.of("Europe/Berlin"));
    }

    public ReminderSettings withQuiet(QuietHours hours) {
        return new ReminderSettings(hours, checkEvery, lateBy, defaultZone);
    }

    public ReminderSettings withCheckEvery(Duration every) {
        return new ReminderSettings(quiet, every, lateBy, defaultZone);
    }
}
