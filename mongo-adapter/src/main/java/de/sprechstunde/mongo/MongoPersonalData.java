package de.sprechstunde.mongo;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import de.sprechstunde.core.learner.LearnerId;
import de.sprechstunde.core.port.PersonalData;
import org.bson.Document;

/** The learner's messages kept in the ledger (their texts), for {@code /forget}. */
final class MongoPersonalData implements PersonalData {

    private final MongoCollection<Document> ledger;

    MongoPersonalData(MongoCollection<Document> ledger) {
        this.ledger = ledger;
    }

    @Override
    public String description() {
        return "recent message records";
    }

    @Override
    public long erase(LearnerId learner) {
        return ledger.deleteMany(Filters.eq("sender", learner.asString())).getDeletedCount();
    }
}
