package de.sprechstunde.mongo;

import com.mongodb.client.MongoCollection;
import de.sprechstunde.core.port.AuditEntry;
import de.sprechstunde.core.port.AuditLog;
import java.util.Date;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Admin actions and erasures in {@code audit} (kept; accountability outlives the learner's data),
 * and on the {@code audit} logger. Throws when MongoDB is unreachable; the state wrapper buffers.
 */
final class MongoAuditLog implements AuditLog {

    private static final Logger log = LoggerFactory.getLogger("audit");

    private final MongoCollection<Document> audit;

    MongoAuditLog(MongoCollection<Document> audit) {
        this.audit = audit;
    }

    @Override
    public void record(AuditEntry entry) {
        audit.insertOne(new Document("actor", entry.actor().asString())
                .append("action", entry.action())
                .append("detail", entry.detail())
                .append("at", Date.from(entry.at())));
        log.info("audit actor={} action={} detail={}", entry.actor(), entry.action(), entry.detail());
    }
}
