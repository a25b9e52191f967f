package de.sprechstunde.mongo;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import de.sprechstunde.core.learner.LearnerId;
import de.sprechstunde.core.port.LearnerProgress;
import de.sprechstunde.core.port.ProgressEvent;
import de.sprechstunde.core.port.ProgressStore;
import de.sprechstunde.core.port.ScoreSummary;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * Progress in two collections. {@code progress}: one document per learner with drill figures per
 * phrase and per sound (attempts, total, best, last, updated atomically with {@code $inc},
 * {@code $max}, {@code $set}), the set of words practised and an event count. {@code mistakes}:
 * one document per learner and UTC day with counts per category, removed after
 * {@link #MISTAKE_DAYS} days by a TTL index (or the embedded sweep).
 */
final class MongoProgressStore implements ProgressStore {

    static final int MISTAKE_DAYS = 90;
    private static final UpdateOptions UPSERT = new UpdateOptions().upsert(true);

    private final MongoCollection<Document> progress;
    private final MongoCollection<Document> mistakes;
    private final Clock clock;

    MongoProgressStore(MongoCollection<Document> progress, MongoCollection<Document> mistakes, Clock clock) {
        this.progress = progress;
        this.mistakes = mistakes;
        this.clock = clock;
    }

    @Override
    public void record(LearnerId learner, ProgressEvent event) {
        String id = learner.asString();
        List<Bson> updates = new ArrayList<>();
        updates.add(Updates.inc("events", 1L));
        if (event instanceof ProgressEvent.Mistake mistake) {
            LocalDate day = LocalDate.ofInstant(mistake.at(), ZoneOffset.UTC);
            mistakes.updateOne(Filters.eq("_id", id + "|" + day),
                    Updates.combine(Updates.setOnInsert("learner", id), Updates.setOnInsert("day", midnight(day)),
                            Updates.inc("counts." + FieldNames.encode(mistake.category()), 1L)), UPSERT);
        } else if (event instanceof ProgressEvent.DrillScore score) {
            addScore(updates, "phrases." + FieldNames.encode(score.phraseId()), score.score());
            for (String sound : score.sounds()) {
                addScore(updates, "sounds." + FieldNames.encode(sound), score.score());
            }
        } else if (event instanceof ProgressEvent.WordsPractised words) {
            updates.add(Updates.addEachToSet("words", words.words().stream().map(w -> w.toLowerCase(Locale.ROOT)).distinct().toList()));
        }
        progress.updateOne(Filters.eq("_id", id), Updates.combine(updates), UPSERT);
    }

    @Override
    public LearnerProgress load(LearnerId learner) {
        String id = learner.asString();
        Document document = progress.find(Filters.eq("_id", id)).first();
        Map<LocalDate, Map<String, Long>> byDay = new HashMap<>();
        LocalDate oldest = LocalDate.now(clock.withZone(ZoneOffset.UTC)).minusDays(MISTAKE_DAYS);
        for (Document day : mistakes.find(Filters.eq("learner", id))) {
            LocalDate date = LocalDate.ofInstant(day.getDate("day").toInstant(), ZoneOffset.UTC);
            if (date.isAfter(oldest)) {
                Map<String, Long> counts = new HashMap<>();
                day.get("counts", Document.class).forEach((k, v) -> counts.put(FieldNames.decode(k), ((Number) v).longValue()));
                byDay.put(date, counts);
            }
        }
        if (document == null) {
            return byDay.isEmpty() ? LearnerProgress.EMPTY : new LearnerProgress(byDay, Map.of(), Map.of(), 0);
        }
        List<?> words = document.get("words", List.class);
        return new LearnerProgress(byDay, scores(document.get("phrases", Document.class)),
                scores(document.get("sounds", Document.class)), words == null ? 0 : words.size());
    }

    @Override
    public long delete(LearnerId learner) {
        String id = learner.asString();
        Document removed = progress.findOneAndDelete(Filters.eq("_id", id));
        long events = removed == null ? 0 : removed.get("events", Number.class).longValue();
        long days = mistakes.deleteMany(Filters.eq("learner", id)).getDeletedCount();
        // mistakes alone (no progress document) still count as deleted records
        return removed == null ? days : events;
    }

    private static void addScore(List<Bson> updates, String field, int score) {
        updates.add(Updates.inc(field + ".attempts", 1L));
        updates.add(Updates.inc(field + ".total", (long) score));
        updates.add(Updates.max(field + ".best", score));
        updates.add(Updates.set(field + ".last", score));
    }

    private static Map<String, ScoreSummary> scores(Document scores) {
        Map<String, ScoreSummary> result = new HashMap<>();
        if (scores != null) {
            scores.forEach((key, value) -> {
                Document s = (Document) value;
                long attempts = s.get("attempts", Number.class).longValue();
                double average = s.get("total", Number.class).doubleValue() / attempts;
                result.put(FieldNames.decode(key), new ScoreSummary(attempts, average, s.getInteger("best"), s.getInteger("last")));
            });
        }
        return result;
    }

    private static Date midnight(LocalDate day) {
        return Date.from(day.atStartOfDay(ZoneOffset.UTC).toInstant());
    }
}
