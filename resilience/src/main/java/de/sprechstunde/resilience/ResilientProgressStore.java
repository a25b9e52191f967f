package de.sprechstunde.resilience;

import com.github.benmanes.caffeine.cache.Cache;
import de.sprechstunde.core.learner.LearnerId;
import de.sprechstunde.core.memory.BoundedCaches;
import de.sprechstunde.core.port.LearnerProgress;
import de.sprechstunde.core.port.ProgressEvent;
import de.sprechstunde.core.port.ProgressStore;
import de.sprechstunde.resilience.Breaker;
import de.sprechstunde.resilience.WriteBuffer;

/**
 * Progress in the durable store, kept answering through an outage: events are buffered and
 * replayed (they only add up, so replaying later is safe); reads fall back to the learner's last
 * loaded progress, without the events of the outage until they are replayed.
 */
final class ResilientProgressStore implements ProgressStore {

    private final ProgressStore durable;
    private final Breaker breaker;
    private final WriteBuffer writes;
    private final Cache<LearnerId, LearnerProgress> lastLoaded;

    ResilientProgressStore(ProgressStore durable, Breaker breaker, WriteBuffer writes, int recentLearners) {
        this.durable = durable;
        this.breaker = breaker;
        this.writes = writes;
        this.lastLoaded = BoundedCaches.ofSize(recentLearners);
    }

    @Override
    public void record(LearnerId learner, ProgressEvent event) {
        writes.write("progress.record", () -> durable.record(learner, event));
    }

    @Override
    public LearnerProgress load(LearnerId learner) {
        return breaker.call(() -> {
            LearnerProgress progress = durable.load(learner);
            lastLoaded.put(learner, progress);
            return progress;
        }, () -> {
            LearnerProgress known = lastLoaded.getIfPresent(learner);
            return known == null ? LearnerProgress.EMPTY : known;
        });
    }

    @Override
    public long delete(LearnerId learner) {
        lastLoaded.asMap().remove(learner);
        return writes.writeNowOrLater("progress.delete", () -> durable.delete(learner)).orElse(0L);
    }
}
