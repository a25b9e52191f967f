package de.sprechstunde.mongo;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import de.sprechstunde.core.learner.LearnerId;
import de.sprechstunde.core.port.ReminderSchedule;
import de.sprechstunde.core.port.ReminderStore;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.bson.Document;

/** Schedules in {@code reminders}: {@code _id} = learner, zone, at ({@code HH:mm}, or null when off), next (null when off). */
final class MongoReminderStore implements ReminderStore {

    private final MongoCollection<Document> reminders;

    MongoReminderStore(MongoCollection<Document> reminders) {
        this.reminders = reminders;
    }

    @Override
    public Optional<ReminderSchedule> find(LearnerId learner) {
        return Optional.ofNullable(reminders.find(Filters.eq("_id", learner.asString())).first()).map(MongoReminderStore::schedule);
    }

    @Override
    public void save(ReminderSchedule schedule) {
        Document document = new Document("_id", schedule.learner().asString())
                .append("zone", schedule.zone().getId())
                .append("at", schedule.at().map(LocalTime::toString).orElse(null))
                .append("next", schedule.next().map(Date::from).orElse(null));
        reminders.replaceOne(Filters.eq("_id", document.getString("_id")), document, new ReplaceOptions().upsert(true));
    }

    @Override
    public boolean delete(LearnerId learner) {
        return reminders.deleteOne(Filters.eq("_id", learner.asString())).getDeletedCount() > 0;
    }

    @Override
    public List<ReminderSchedule> dueBy(Instant now, int limit) {
        return reminders.find(Filters.and(Filters.ne("next", null), Filters.lte("next", Date.from(now))))
                .sort(Sorts.ascending("next")).limit(limit)
                .map(MongoReminderStore::schedule).into(new ArrayList<>());
    }

    private static ReminderSchedule schedule(Document document) {
        String at = document.getString("at");
        Date next = document.getDate("next");
        return new ReminderSchedule(LearnerId.parse(document.getString("_id")), ZoneId.of(document.getString("zone")),
                Optional.ofNullable(at).map(LocalTime::parse), Optional.ofNullable(next).map(Date::toInstant));
    }
}
