package de.sprechstunde.core.memory;

import de.sprechstunde.core.port.AuditEntry;
import de.sprechstunde.core.port.AuditLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** An audit log that writes each entry to the {@code audit} logger only. */
public final class LoggingAuditLog implements AuditLog {

    private static final Logger log = LoggerFactory.getLogger("audit");

    @Override
    public void record(AuditEntry entry) {
        log.info("audit actor={} action={} detail={}", entry.actor(), entry.action(), entry.detail());
    }
}
