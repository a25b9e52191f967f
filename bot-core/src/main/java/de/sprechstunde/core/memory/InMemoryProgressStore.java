package de.sprechstunde.core.memory;

import de.sprechstunde.core.learner.LearnerId;
import de.sprechstunde.core.port.LearnerProgress;
import de.sprechstunde.core.port.ProgressEvent;
import de.sprechstunde.core.port.ProgressStore;
import de.sprechstunde.core.port.ScoreSummary;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Progress in this JVM only: for tests and benchmarks. Keeps the last 90 days of mistakes (by the
 * clock, as the MongoDB store's TTL does).
 */
public final class InMemoryProgressStore implements ProgressStore {

    private static final int DAYS_KEPT = 90;

    private static final class Record {
        final TreeMap<LocalDate, Map<String, Long>> mistakes = new TreeMap<>();
        final Map<String, ScoreSummary> phrases = new HashMap<>();
        final Map<String, ScoreSummary> sounds = new HashMap<>();
        final Set<String> words = new HashSet<>();
        long events;
    }

    private final Map<LearnerId, Record> records = new ConcurrentHashMap<>();
    private final Clock clock;

    public InMemoryProgressStore() {
        this(Clock.systemUTC());
    }

    public InMemoryProgressStore(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void record(LearnerId learner, ProgressEvent event) {
        Record record = records.computeIfAbsent(learner, id -> new Record());
        synchronized (record) {
            record.events++;
            if (event instanceof ProgressEvent.Mistake mistake) {
                LocalDate day = LocalDate.ofInstant(mistake.at(), ZoneOffset.UTC);
                record.mistakes.computeIfAbsent(day, d -> new HashMap<>()).merge(mistake.category(), 1L, Long::sum);
                record.mistakes.headMap(oldestKept(), false).clear();
            } else if (event instanceof ProgressEvent.DrillScore score) {
                record.phrases.merge(score.phraseId(), ScoreSummary.NONE.plus(score.score()), (old, x) -> old.plus(score.score()));
                for (String sound : score.sounds()) {
                    record.sounds.merge(sound, ScoreSummary.NONE.plus(score.score()), (old, x) -> old.plus(score.score()));
                }
            } else if (event instanceof ProgressEvent.WordsPractised words) {
                words.words().forEach(w -> record.words.add(w.toLowerCase()));
            }
        }
    }

    @Override
    public LearnerProgress load(LearnerId learner) {
        Record record = records.get(learner);
        if (record == null) {
            return LearnerProgress.EMPTY;
        }
        synchronized (record) {
            Map<LocalDate, Map<String, Long>> mistakes = new HashMap<>();
            record.mistakes.tailMap(oldestKept(), false).forEach((day, counts) -> mistakes.put(day, Map.copyOf(counts)));
            return new LearnerProgress(mistakes, record.phrases, record.sounds, record.words.size());
        }
    }

    private LocalDate oldestKept() {
        return LocalDate.now(clock.withZone(ZoneOffset.UTC)).minusDays(DAYS_KEPT);
    }

    @Override
    public long delete(LearnerId learner) {
        Record removed = records.remove(learner);
        return removed == null ? 0 : removed.events;
    }
}
