package de.sprechstunde.core.memory;

import de.sprechstunde.core.learner.LearnerId;
import de.sprechstunde.core.port.ReminderClaims;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Claims within one process (one instance, or tests); the Redis claims share them between instances. */
public final class InMemoryReminderClaims implements ReminderClaims {

    static final Duration KEPT = Duration.ofDays(2);

    private final Map<String, Instant> claimed = new ConcurrentHashMap<>();

    @Override
    public boolean claim(LearnerId learner, Instant occurrence) {
        // occurrences move forward, so claims two days older than this one are no longer asked for
        claimed.values().removeIf(at -> at.isBefore(occurrence.minus(KEPT)));
        return claimed.putIfAbsent(learner.asString() + "@" + occurrence.getEpochSecond(), occurrence) == null;
    }
}
