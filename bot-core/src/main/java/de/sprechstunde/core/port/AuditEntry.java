package de.sprechstunde.core.port;

import de.sprechstunde.core.learner.LearnerId;
import java.time.Instant;
import java.util.Objects;

/**
 * One admin action or privacy-relevant event, e.g. {@code /stats} run or a learner's data forgotten.
 *
 * @param actor  who did it
 * @param action bounded name, e.g. {@code forget}, {@code health}
 * @param detail a short line; never message texts or secrets
 */
public record AuditEntry(LearnerId actor, String action, String detail, Instant at) {
    public AuditEntry {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        detail = detail == null ? "" : detail;
        Objects.requireNonNull(at, "at");
    }
}
