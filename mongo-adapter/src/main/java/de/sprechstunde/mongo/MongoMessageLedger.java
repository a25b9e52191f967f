package de.sprechstunde.mongo;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import de.sprechstunde.core.learner.Platform;
import de.sprechstunde.core.message.IncomingMessage;
import de.sprechstunde.core.message.MessageKey;
import de.sprechstunde.core.message.Reply;
import de.sprechstunde.core.port.MessageLedger;
import de.sprechstunde.core.port.PendingMessage;
import de.sprechstunde.core.storage.StoredMessages;
import de.sprechstunde.core.storage.StoredReplies;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.bson.Document;

/**
 * Exactly-once handling in {@code ledger}: the message key is the {@code _id}, so inserting it is
 * an atomic set-if-absent across instances (a duplicate key means a redelivery). Each entry holds
 * the message, the accepting instance, whether it was answered and, while not, the reply's
 * progress ({@code showing}: platform message ids, {@code undelivered}: replies to send again); a TTL index on
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
        return Inserts.ifAbsent(ledger, new Document("_id", message.key().asString())
                .append("platform", message.platform().key())
                .append("instance", instanceId)
                .append("sender", message.sender().asString())
                .append("answered", false)
                .append("acceptedAt", Date.from(clock.instant()))
                .append("message", new Document(StoredMessages.toMap(message))));
    }

    @Override
    public void answered(MessageKey key) {
        ledger.updateOne(Filters.eq("_id", key.asString()), Updates.set("answered", true));
    }

    @Override
    public void showing(MessageKey key, List<String> platformMessageIds) {
        ledger.updateOne(Filters.and(Filters.eq("_id", key.asString()), Filters.eq("answered", false)),
                Updates.set("showing", List.copyOf(platformMessageIds)));
    }

    @Override
    public void undelivered(MessageKey key, List<Reply> replies) {
        List<Document> stored = StoredReplies.toMaps(replies).stream().map(Document::new).toList();
        ledger.updateOne(Filters.and(Filters.eq("_id", key.asString()), Filters.eq("answered", false)),
                Updates.set("undelivered", stored));
    }

    @Override
    public List<PendingMessage> pending(Platform platform) {
        List<PendingMessage> pending = new ArrayList<>();
        ledger.find(Filters.and(Filters.eq("platform", platform.key()), Filters.eq("instance", instanceId),
                        Filters.eq("answered", false)))
                .sort(Sorts.ascending("acceptedAt"))
                .forEach(d -> pending.add(new PendingMessage(StoredMessages.fromMap(d.get("message", Document.class)),
                        d.getList("showing", String.class, List.of()),
                        StoredReplies.fromMaps(d.getList("undelivered", Document.class, List.of())))));
        return pending;
    }
}
