package de.sprechstunde.core.port;

import de.sprechstunde.core.learner.LearnerId;
import java.time.Instant;

/**
 * Who sends a reminder: of all bot instances sharing the claims, exactly one wins each learner's
 * occurrence. Thread-safe; an unreachable backend throws an unchecked exception (the reminder is
 * then not sent — a missed reminder is better than a doubled one).
 */
public interface ReminderClaims {

    /**
     * @param occurrence the reminder's due moment, which names the occurrence
     * @return true for the first caller per learner and occurrence; claims are kept two days
     */
    boolean claim(LearnerId learner, Instant occurrence);
}
