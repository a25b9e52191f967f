package de.sprechstunde.resilience;

import de.sprechstunde.core.port.AuditEntry;
import de.sprechstunde.core.port.AuditLog;
import de.sprechstunde.resilience.WriteBuffer;

/** Audit entries written through the outage buffer, so none is lost while MongoDB is down. */
final class BufferedAuditLog implements AuditLog {

    private final AuditLog durable;
    private final WriteBuffer writes;

    BufferedAuditLog(AuditLog durable, WriteBuffer writes) {
        this.durable = durable;
        this.writes = writes;
    }

    @Override
    public void record(AuditEntry entry) {
        writes.write("audit.record", () -> durable.record(entry));
    }
}
