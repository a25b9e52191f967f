package de.sprechstunde.mongo;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Does what the TTL indexes do on a real MongoDB, for the embedded server, which ignores them:
 * deletes turns, mistake days and ledger entries past their retention. Run at start and hourly.
 */
final class RetentionSweeper {

    private static final Logger log = LoggerFactory.getLogger(RetentionSweeper.class);

    private final MongoDatabase database;
    private final Duration turnRetention;
    private final Duration ledgerRetention;
    private final Clock clock;

    RetentionSweeper(MongoDatabase database, Duration turnRetention, Duration ledgerRetention, Clock clock) {
        this.database = database;
        this.turnRetention = turnRetention;
        this.ledgerRetention = ledgerRetention;
        this.clock = clock;
    }

    /** @return how many documents were deleted */
    long sweep() {
        Instant now = clock.instant();
        long deleted = olderThan(Collections.TURNS, "at", now.minus(turnRetention))
                + olderThan(Collections.MISTAKES, "day", now.minus(Duration.ofDays(MongoProgressStore.MISTAKE_DAYS + 1L)))
                + olderThan(Collections.LEDGER, "acceptedAt", now.minus(ledgerRetention));
        if (deleted > 0) {
            log.info("retention sweep deleted {} old document(s)", deleted);
        }
        return deleted;
    }

    private long olderThan(String collection, String field, Instant cutoff) {
        return database.getCollection(collection).deleteMany(Filters.lt(field, Date.from(cutoff))).getDeletedCount();
    }
}
