package de.sprechstunde.core.port;

/** Append-only record of admin actions and deletions. Thread-safe; never fails the caller. */
public interface AuditLog {

    void record(AuditEntry entry);
}
