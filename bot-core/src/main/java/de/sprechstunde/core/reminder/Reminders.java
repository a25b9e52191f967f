package de.sprechstunde.core.reminder;

import de.sprechstunde.core.learner.LearnerId;
import de.sprechstunde.core.port.PersonalData;
import de.sprechstunde.core.port.ReminderSchedule;
import de.sprechstunde.core.port.ReminderStore;
import java.time.Clock;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;

/** Changes a learner's reminder schedule for {@code /remind} and {@code /timezone}. Thread-safe. */
public final class Reminders implements PersonalData {

    private final ReminderStore store;
    private final ReminderSettings settings;
    private final Clock clock;

    public Reminders(ReminderStore store, ReminderSettings settings, Clock clock) {
        this.store = store;
        this.settings = settings;
        this.clock = clock;
    }

    /** The learner's schedule; off in the default zone when they never set one. */
    public ReminderSchedule current(LearnerId learner) {
        return store.find(learner).orElseGet(() -> ReminderSchedule.off(learner, settings.defaultZone()));
    }

    /** Daily reminders at {@code at}, learner-local. */
    public ReminderSchedule remindAt(LearnerId learner, LocalTime at) {
        return save(current(learner).zone(), learner, Optional.of(at));
    }

    public ReminderSchedule off(LearnerId learner) {
        return save(current(learner).zone(), learner, Optional.empty());
    }

    /** A new time zone; a reminder that is on keeps its local time. */
    public ReminderSchedule zone(LearnerId learner, ZoneId zone) {
        return save(zone, learner, current(learner).at());
    }

    public boolean quiet(LocalTime at) {
        return settings.quiet().contains(at);
    }

    public QuietHours quietHours() {
        return settings.quiet();
    }

    private ReminderSchedule save(ZoneId zone, LearnerId learner, Optional<LocalTime> at) {
        ReminderSchedule schedule = new ReminderSchedule(learner, zone, at,
                at.map(time -> ReminderTimes.nextAfter(clock.instant(), time, zone)));
        store.save(schedule);
        return schedule;
    }

    @Override
    public String description() {
        return "reminder schedule";
    }

    @Override
    public long erase(LearnerId learner) {
        return store.delete(learner) ? 1 : 0;
    }
}
