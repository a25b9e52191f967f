package de.sprechstunde.resilience;

import de.sprechstunde.core.learner.LearnerProfile;
import de.sprechstunde.core.learning.CardStore;
import de.sprechstunde.core.port.AudioCache;
import de.sprechstunde.core.port.AuditLog;
import de.sprechstunde.core.port.ConversationStore;
import de.sprechstunde.core.port.DailyCounters;
import de.sprechstunde.core.port.HealthIndicator;
import de.sprechstunde.core.port.LearnerStore;
import de.sprechstunde.core.port.MessageLedger;
import de.sprechstunde.core.port.PersonalData;
import de.sprechstunde.core.port.ProgressStore;
import de.sprechstunde.core.port.RateLimiter;
import de.sprechstunde.core.port.ResponseCache;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Consumer;

/**
 * Keeps the ports of one backend (Redis or MongoDB) answering through its outages: one breaker
 * notices the outage, one bounded buffer keeps the backend's writes until it is back, and each
 * port gets the decorator that suits it (reads fall back, writes are buffered, shared counters
 * fall back to local ones). Thread-safe; {@link #replay} is called periodically by the owner.
 */
public final class OutageGuard {

    private final Breaker breaker;
    private final WriteBuffer writes;

    /**
     * @param component      the backend's name in logs, metrics and health ({@code redis}, {@code mongodb})
     * @param coolDown       how long calls go straight to the fallback after a failure
     * @param bufferCapacity how many writes are kept during an outage before the oldest are dropped
     */
    public OutageGuard(String component, Duration coolDown, int bufferCapacity, Clock clock, MeterRegistry meters) {
        this.breaker = new Breaker(component, coolDown, clock, meters);
        this.writes = new WriteBuffer(breaker, bufferCapacity, meters);
    }

    public ResponseCache responseCache(ResponseCache shared) {
        return new FallbackResponseCache(shared, breaker);
    }

    public AudioCache audioCache(AudioCache shared) {
        return new FallbackAudioCache(shared, breaker);
    }

    public RateLimiter rateLimiter(RateLimiter shared, RateLimiter local) {
        return new FallbackRateLimiter(shared, local, breaker);
    }

    public DailyCounters dailyCounters(DailyCounters shared, DailyCounters local) {
        return new FallbackDailyCounters(shared, local, breaker);
    }

    public MessageLedger ledger(MessageLedger shared, MessageLedger local) {
        return new FallbackMessageLedger(shared, local, breaker, writes);
    }

    /** @param insertIfAbsent writes a profile unless one is stored, used when a buffered write is replayed */
    public LearnerStore learners(LearnerStore durable, Consumer<LearnerProfile> insertIfAbsent, int recentLearners) {
        return new ResilientLearnerStore(durable, insertIfAbsent, breaker, writes, recentLearners);
    }

    public ConversationStore conversations(ConversationStore durable, int maxTurns, int recentLearners) {
        return new ResilientConversationStore(durable, breaker, writes, maxTurns, recentLearners);
    }

    public ProgressStore progress(ProgressStore durable, int recentLearners) {
        return new ResilientProgressStore(durable, breaker, writes, recentLearners);
    }

    /** Cards: new ones and deletions buffered; reads fail fast with a clear error while the backend is down. */
    public CardStore cards(CardStore durable) {
        return new ResilientCardStore(durable, breaker, writes);
    }

    public AuditLog audit(AuditLog durable) {
        return new BufferedAuditLog(durable, writes);
    }

    public PersonalData personalData(PersonalData store) {
        return new BufferedPersonalData(store, writes);
    }

    /** The backend's health, DEGRADED while writes wait in the buffer. */
    public HealthIndicator health(HealthIndicator backend) {
        return new OutageAwareHealth(backend, writes);
    }

    /** Replays buffered writes if the backend answers; returns how many were written. */
    public int replay() {
        return writes.drain();
    }

    /** Writes still waiting for the backend. */
    public int buffered() {
        return writes.size();
    }
}
