package de.sprechstunde.core.port;

import de.sprechstunde.core.learner.LearnerId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The durable reminder schedule: each learner's time zone and reminder time, and when the next
 * reminder is due. Thread-safe; an unreachable backend throws an unchecked exception.
 */
public interface ReminderStore {

    Optional<ReminderSchedule> find(LearnerId learner);

    /** Inserts or replaces the learner's schedule. */
    void save(ReminderSchedule schedule);

    /** @return true when there was a schedule to delete */
    boolean delete(LearnerId learner);

    /** Up to {@code limit} schedules that are on and due at or before {@code now}, earliest first. */
    List<ReminderSchedule> dueBy(Instant now, int limit);
}
