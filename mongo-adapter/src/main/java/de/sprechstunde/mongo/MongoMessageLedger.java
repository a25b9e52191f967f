package de.sprechstunde.mongo;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import de.sprechstunde.core.learner.Platform;
import de.sprechstunde.core.message.IncomingMessage;
import de.sprechstunde.core.message.MessageKey;
import de.sprechstunde.core.port.MessageLedger;
import de.sprechstunde.core.storage.StoredMessages;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.bson.Document;

/**
 * Exactly-once handling in {@code ledger}: the message key is the {@code _id}, so inserting it is
 * an atomic set-if-absent across instances (a duplicate key means a redelivery). Each entry holds
 * the message, the accepting instance and whether it was answered; a TTL index on
 * {@code acceptedAt} (or the embedded sweep) forgets entries after the retention.
 */
final class MongoMessageLedger implements MessageLedger {

    private final MongoCollection<Document> ledger;
    private final String instanceId;
    private final Clock clock;

    MongoMessageLedger(MongoCollection<Document> ledger, String instanceId, Clock clock) {
        this.ledger = ledger;
        this.instanceId = instanceId;
        this.clock = clock;
    }

    @Override
    public boolean accept(IncomingMessage message) {
        try {
            ledger.insertOne(new Document("_id", message.key().asString())
                    .append("platform", message.platform().key())
                    .append("instance", instanceId)
                    .append("sender", message.sender().asString())
                    .append("answered", false)
                    .append("acceptedAt", Date.from(clock.instant()))
                    .append("message", new Document(StoredMessages.toMap(message))));
            return true;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                return false;
            }
            throw e;
        }
    }

    @Override
    public void answered(MessageKey key) {
        ledger.updateOne(Filters.eq("_id", key.asString()), Updates.set("answered", true));
    }

    @Override
    public List<IncomingMessage> unanswered(Platform platform) {
        List<IncomingMessage> pending = new ArrayList<>();
        ledger.find(Filters.and(Filters.eq("platform", platform.key()), Filters.eq("instance", instanceId),
                        Filters.eq("answered", false)))
                .sort(Sorts.ascending("acceptedAt"))
                .forEach(d -> pending.add(StoredMessages.fromMap(d.get("message", Document.class))));
        return pending;
    }
}
