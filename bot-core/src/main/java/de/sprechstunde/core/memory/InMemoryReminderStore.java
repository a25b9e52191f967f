package de.sprechstunde.core.memory;

import de.sprechstunde.core.learner.LearnerId;
import de.sprechstunde.core.port.ReminderSchedule;
import de.sprechstunde.core.port.ReminderStore;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Reminder schedules in process: lost on restart, so only for tests and a bot without any store. */
public final class InMemoryReminderStore implements ReminderStore {

    private final Map<LearnerId, ReminderSchedule> schedules = new ConcurrentHashMap<>();

    @Override
    public Optional<ReminderSchedule> find(LearnerId learner) {
        return Optional.ofNullable(schedules.get(learner));
    }

    @Override
    public void save(ReminderSchedule schedule) {
        schedules.put(schedule.learner(), schedule);
    }

    @Override
    public boolean delete(LearnerId learner) {
        return schedules.remove(learner) != null;
    }

    @Override
    public List<ReminderSchedule> dueBy(Instant now, int limit) {
        return schedules.values().stream()
                .filter(s -> s.next().isPresent() && !s.next().get().isAfter(now))
                .sorted(Comparator.comparing(s -> s.next().get()))
                .limit(limit)
                .toList();
    }
}
