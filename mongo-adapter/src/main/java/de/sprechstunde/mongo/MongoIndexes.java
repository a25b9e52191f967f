package de.sprechstunde.mongo;

import com.mongodb.MongoCommandException;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates the indexes at start (idempotent). A TTL index whose retention changed is updated in
 * place with {@code collMod}, since creating it again with other options fails.
 */
final class MongoIndexes {

    private static final Logger log = LoggerFactory.getLogger(MongoIndexes.class);
    private static final int INDEX_OPTIONS_CONFLICT = 85;

    private final MongoDatabase database;

    MongoIndexes(MongoDatabase database) {
        this.database = database;
    }

    /**
     * @param embedded the embedded server implements unique indexes only (it logs a warning for each
     *                 other one and the sweep replaces TTL indexes), so only those are created there
     */
    void create(Duration turnRetention, Duration ledgerRetention, boolean embedded) {
        index(Collections.LEARNERS, Indexes.ascending("platform", "userId"), new IndexOptions().unique(true).name("identity"));
        if (embedded) {
            return;
        }
        index(Collections.REMINDERS, Indexes.ascending("next"), new IndexOptions().name("next"));
        index(Collections.TURNS, Indexes.compoundIndex(Indexes.ascending("learner"), Indexes.descending("at", "_id")),
                new IndexOptions().name("learner_recent"));
        ttl(Collections.TURNS, "at", turnRetention);
        index(Collections.MISTAKES, Indexes.ascending("learner"), new IndexOptions().name("learner"));
        ttl(Collections.MISTAKES, "day", Duration.ofDays(MongoProgressStore.MISTAKE_DAYS + 1L));
        index(Collections.AUDIT, Indexes.descending("at"), new IndexOptions().name("at"));
        index(Collections.LEDGER, Indexes.ascending("platform", "instance", "answered", "acceptedAt"),
                new IndexOptions().name("pending"));
        index(Collections.LEDGER, Indexes.ascending("sender"), new IndexOptions().name("sender"));
        ttl(Collections.LEDGER, "acceptedAt", ledgerRetention);
        index(Collections.CARDS, Indexes.ascending("learner", "due"), new IndexOptions().name("learner_due"));
        index(Collections.CARDS, Indexes.ascending("due"), new IndexOptions().name("due"));
    }

    private void index(String collection, Bson keys, IndexOptions options) {
        database.getCollection(collection).createIndex(keys, options);
    }

    private void ttl(String collection, String field, Duration retention) {
        String name = field + "_ttl";
        try {
            index(collection, Indexes.ascending(field), new IndexOptions().name(name).expireAfter(retention.toSeconds(), TimeUnit.SECONDS));
        } catch (MongoCommandException e) {
            if (e.getErrorCode() != INDEX_OPTIONS_CONFLICT) {
                throw e;
            }
            log.info("changing the retention of {}.{} to {} days", collection, field, retention.toDays());
            database.runCommand(new Document("collMod", collection)
                    .append("index", new Document("name", name).append("expireAfterSeconds", retention.toSeconds())));
        }
    }
}
