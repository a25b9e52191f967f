package de.sprechstunde.mongo;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import de.sprechstunde.core.learner.LearnerId;
import de.sprechstunde.core.learner.Turn;
import de.sprechstunde.core.port.ConversationStore;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.bson.types.ObjectId;

/**
 * Turns in {@code turns}, one document each with its timestamp. At most {@code maxTurns} are kept
 * per learner (older ones are deleted on append); a TTL index on {@code at} removes turns older
 * than the retention. Turns with the same timestamp keep insertion order through their ObjectId.
 */
final class MongoConversationStore implements ConversationStore {

    private static final Bson NEWEST_FIRST = Sorts.descending("at", "_id");

    private final MongoCollection<Document> turns;
    private final int maxTurns;

    MongoConversationStore(MongoCollection<Document> turns, int maxTurns) {
        this.turns = turns;
        this.maxTurns = maxTurns;
    }

    @Override
    public void append(LearnerId learner, Turn turn) {
        turns.insertOne(new Document("_id", new ObjectId())
                .append("learner", learner.asString())
                .append("speaker", turn.speaker().name())
                .append("text", turn.text())
                .append("at", Date.from(turn.at())));
        List<ObjectId> beyond = new ArrayList<>();
        turns.find(Filters.eq("learner", learner.asString())).sort(NEWEST_FIRST).skip(maxTurns)
                .projection(Projections.include("_id")).forEach(d -> beyond.add(d.getObjectId("_id")));
        if (!beyond.isEmpty()) {
            turns.deleteMany(Filters.in("_id", beyond));
        }
    }

    @Override
    public List<Turn> recent(LearnerId learner, int limit) {
        if (limit <= 0) {
            return List.of();
        }
        List<Turn> newestFirst = new ArrayList<>();
        turns.find(Filters.eq("learner", learner.asString())).sort(NEWEST_FIRST).limit(limit)
                .forEach(d -> newestFirst.add(new Turn(Turn.Speaker.valueOf(d.getString("speaker")), d.getString("text"),
                        d.getDate("at").toInstant())));
        Collections.reverse(newestFirst);
        return List.copyOf(newestFirst);
    }

    @Override
    public long clear(LearnerId learner) {
        return turns.deleteMany(Filters.eq("learner", learner.asString())).getDeletedCount();
    }
}
