package de.sprechstunde.mongo;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import de.sprechstunde.core.learner.LearnerId;
import de.sprechstunde.core.learner.LearnerProfile;
import de.sprechstunde.core.port.LearnerStore;
import java.time.Clock;
import java.util.Date;
import java.util.Optional;
import org.bson.Document;

/** Profiles in {@code learners}, one document per platform identity ({@code _id} = {@code telegram:4242}). */
final class MongoLearnerStore implements LearnerStore {

    private final MongoCollection<Document> learners;
    private final Clock clock;

    MongoLearnerStore(MongoCollection<Document> learners, Clock clock) {
        this.learners = learners;
        this.clock = clock;
    }

    @Override
    public Optional<LearnerProfile> find(LearnerId id) {
        return Optional.ofNullable(learners.find(Filters.eq("_id", id.asString())).first())
                .map(LearnerDocuments::fromDocument);
    }

    @Override
    public void save(LearnerProfile profile) {
        learners.replaceOne(Filters.eq("_id", profile.id().asString()),
                LearnerDocuments.toDocument(profile, Date.from(clock.instant())), new ReplaceOptions().upsert(true));
    }

    /** Inserts the profile only if none is stored yet; a stored one is left as it is. */
    void saveIfAbsent(LearnerProfile profile) {
        Document fields = LearnerDocuments.toDocument(profile, Date.from(clock.instant()));
        fields.remove("_id");
        learners.updateOne(Filters.eq("_id", profile.id().asString()),
                Updates.combine(fields.entrySet().stream().map(e -> Updates.setOnInsert(e.getKey(), e.getValue())).toList()),
                new UpdateOptions().upsert(true));
    }

    @Override
    public boolean delete(LearnerId id) {
        return learners.deleteOne(Filters.eq("_id", id.asString())).getDeletedCount() > 0;
    }

    @Override
    public long count() {
        return learners.countDocuments();
    }
}
