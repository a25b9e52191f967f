package de.sprechstunde.deploy.state;

import de.sprechstunde.core.concurrent.DaemonThreads;
import de.sprechstunde.core.config.StateLimits;
import de.sprechstunde.core.health.HealthRegistry;
import de.sprechstunde.core.memory.InMemoryAudioCache;
import de.sprechstunde.core.memory.InMemoryDailyCounters;
import de.sprechstunde.core.memory.InMemoryMessageLedger;
import de.sprechstunde.core.memory.InMemoryRateLimiter;
import de.sprechstunde.core.memory.InMemoryReminderClaims;
import de.sprechstunde.core.memory.InMemoryResponseCache;
import de.sprechstunde.core.memory.NoResponseCache;
import de.sprechstunde.core.pipeline.TutorBotBuilder;
import de.sprechstunde.core.learning.CardStore;
import de.sprechstunde.core.port.AudioCache;
import de.sprechstunde.core.port.AuditLog;
import de.sprechstunde.core.port.ComponentHealth;
import de.sprechstunde.core.port.ConversationStore;
import de.sprechstunde.core.port.DailyCounters;
import de.sprechstunde.core.port.HealthIndicator;
import de.sprechstunde.core.port.LearnerStore;
import de.sprechstunde.core.port.MessageLedger;
import de.sprechstunde.core.port.PersonalData;
import de.sprechstunde.core.port.ProgressStore;
import de.sprechstunde.core.port.RateLimiter;
import de.sprechstunde.core.port.ReminderClaims;
import de.sprechstunde.core.port.ReminderStore;
import de.sprechstunde.core.port.ResponseCache;
import de.sprechstunde.mongo.MongoBackend;
import de.sprechstunde.redis.RedisBackend;
import de.sprechstunde.resilience.OutageGuard;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds every state port from {@link StateSettings}: Redis adapters when {@code REDIS_URL} is set
 * (else the in-process ones), MongoDB adapters on the configured or the embedded server, each
 * wrapped with its outage fallback. Replays buffered writes every two seconds once a backend is
 * back. Wire it with {@link #applyTo} and {@link #registerHealth}; close it after the bot.
 */
public final class StateBackend implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(StateBackend.class);

    /** How long message ids are remembered: longer than any platform redelivers an update. */
    public static final Duration LEDGER_RETENTION = StateLimits.defaults().ledgerRetention();
    private static final StateLimits LIMITS = StateLimits.defaults();
    static final Duration COOL_DOWN = Duration.ofSeconds(1);
    private static final int RECENT_LEARNERS = 1000;

    private final Optional<RedisBackend> redis;
    private final MongoBackend mongo;
    private final List<OutageGuard> guards = new ArrayList<>();
    private final ScheduledExecutorService replayer;
    private final Map<String, HealthIndicator> health = new LinkedHashMap<>();
    private final List<PersonalData> personalData = new ArrayList<>();
    private final ResponseCache responseCache;
    private final AudioCache audioCache;
    private final RateLimiter rateLimiter;
    private final MessageLedger ledger;
    private final DailyCounters dailyCounters;
    private final LearnerStore learners;
    private final ConversationStore conversations;
    private final ProgressStore progress;
    private final AuditLog audit;
    private final ReminderStore reminderStore;
    private final ReminderClaims reminderClaims;
    // a learner's data, so in MongoDB (Redis may evict under allkeys-lru)
    private final CardStore cards;

    private StateBackend(StateSettings settings, MongoBackend mongo, Optional<RedisBackend> redis, Clock clock,
                          MeterRegistry meters) {
        this.mongo = mongo;
        this.redis = redis;
        OutageGuard mongoGuard = guard("mongodb", settings, meters);
        learners = mongoGuard.learners(mongo.learners(), mongo::saveLearnerIfAbsent, 10 * RECENT_LEARNERS);
        conversations = mongoGuard.conversations(mongo.conversations(), settings.mongo().maxTurnsPerLearner(), RECENT_LEARNERS);
        progress = mongoGuard.progress(mongo.progress(), RECENT_LEARNERS);
        audit = mongoGuard.audit(mongo.audit());
        // schedules are durable learner data; without MongoDB the scheduler skips a pass and tries again
        reminderStore = mongo.reminders();
        cards = mongoGuard.cards(mongo.cards());
        personalData.add(mongoGuard.personalData(mongo.personalData()));
        health.put("mongodb", mongoGuard.health(mongo.health()));

        InMemoryMessageLedger localLedger = new InMemoryMessageLedger(LEDGER_RETENTION, LIMITS.ledgerEntries(), clock);
        InMemoryRateLimiter localLimiter = new InMemoryRateLimiter(settings.perMinute(), clock);
        if (redis.isPresent()) {
            RedisBackend shared = redis.get();
            OutageGuard redisGuard = guard("redis", settings, meters);
            responseCache = settings.cachingEnabled()
                    ? redisGuard.responseCache(shared.responseCache(settings.cacheTtls())) : NoResponseCache.INSTANCE;
            audioCache = redisGuard.audioCache(shared.audioCache(settings.audioCacheTtl()));
            rateLimiter = redisGuard.rateLimiter(shared.rateLimiter(settings.perMinute()), localLimiter);
            ledger = redisGuard.ledger(shared.ledger(settings.instanceId(), LEDGER_RETENTION), localLedger);
            dailyCounters = redisGuard.dailyCounters(shared.dailyCounters(), new InMemoryDailyCounters());
            personalData.add(redisGuard.personalData(shared.personalData(settings.instanceId())));
            reminderClaims = shared.reminderClaims(settings.instanceId());
            health.put("redis", redisGuard.health(shared.health()));
        } else {
            responseCache = settings.cachingEnabled()
                    ? new InMemoryResponseCache(settings.cacheTtls(), LIMITS.cacheEntries(), clock) : NoResponseCache.INSTANCE;
            audioCache = new InMemoryAudioCache(LIMITS.audioClips());
            rateLimiter = localLimiter;
            ledger = mongoGuard.ledger(mongo.ledger(settings.instanceId()), localLedger);
            dailyCounters = new InMemoryDailyCounters();
            reminderClaims = new InMemoryReminderClaims();
            health.put("redis", () -> ComponentHealth.disabled("redis", "not configured: cache and rate limits in process"));
        }
        replayer = Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("state-replay"));
    }

    /**
     * Connects (Redis lazily, so it may still be starting), starts the embedded MongoDB when no
     * {@code MONGODB_URI} is set, and replays buffered writes every two seconds once a backend is back.
     *
     * @param clock  the bot's clock, for timestamps and retention
     * @param meters where {@code bot.state.*} meters go
     * @throws RuntimeException when the embedded MongoDB cannot start (e.g. DATA_DIR not writable or in use)
     */
    public static StateBackend connect(StateSettings settings, Clock clock, MeterRegistry meters) {
        MongoBackend mongo = MongoBackend.connect(settings.mongo(), settings.dataDir(), LEDGER_RETENTION, clock);
        Optional<RedisBackend> redis;
        try {
            redis = settings.redis().map(RedisBackend::new);
        } catch (RuntimeException e) {
            mongo.close();
            throw e;
        }
        StateBackend state = new StateBackend(settings, mongo, redis, clock, meters);
        state.replayer.scheduleWithFixedDelay(state::replayBuffered, 2, 2, TimeUnit.SECONDS);
        return state;
    }

    // The breaker's cool-down is wall time, whatever clock the bot runs on.
    private OutageGuard guard(String component, StateSettings settings, MeterRegistry meters) {
        OutageGuard guard = new OutageGuard(component, COOL_DOWN, settings.writeBufferCapacity(), Clock.systemUTC(), meters);
        guards.add(guard);
        return guard;
    }

    /** Sets every state port (and the personal-data erasers for {@code /forget}) on the bot's builder. */
    public TutorBotBuilder applyTo(TutorBotBuilder builder) {
        builder.responseCache(responseCache).audioCache(audioCache).rateLimiter(rateLimiter).ledger(ledger)
                .dailyCounters(dailyCounters).learners(learners).conversations(conversations).progress(progress).audit(audit)
                .reminderStore(reminderStore).reminderClaims(reminderClaims).cardStore(cards);
        personalData.forEach(builder::personalData);
        return builder;
    }

    /** Registers {@code mongodb} and {@code redis} (DISABLED without {@code REDIS_URL}). */
    public HealthRegistry registerHealth(HealthRegistry registry) {
        health.forEach(registry::register);
        return registry;
    }

    public Map<String, HealthIndicator> healthIndicators() {
        return Map.copyOf(health);
    }

    public ResponseCache responseCache() { return responseCache; }
    public AudioCache audioCache() { return audioCache; }
    public RateLimiter rateLimiter() { return rateLimiter; }
    public MessageLedger ledger() { return ledger; }
    public DailyCounters dailyCounters() { return dailyCounters; }
    public LearnerStore learners() { return learners; }
    public ConversationStore conversations() { return conversations; }
    public ProgressStore progress() { return progress; }
    public AuditLog audit() { return audit; }
    public ReminderStore reminderStore() { return reminderStore; }
    public ReminderClaims reminderClaims() { return reminderClaims; }
    public List<PersonalData> personalData() { return List.copyOf(personalData); }

    /** Replays what the outage buffers hold, if their backends answer; returns how many writes. */
    public int replayBuffered() {
        return guards.stream().mapToInt(OutageGuard::replay).sum();
    }

    /** Writes still waiting for a backend. */
    public int bufferedWrites() {
        return guards.stream().mapToInt(OutageGuard::buffered).sum();
    }

    /** Replays what it can one last time, then closes the connections and the embedded server. */
    @Override
    public void close() {
        replayer.shutdownNow();
        replayBuffered();
        int lost = bufferedWrites();
        if (lost > 0) {
            log.error("stopping with {} buffered write(s) that could not be replayed", lost);
        }
        redis.ifPresent(RedisBackend::close);
        mongo.close();
    }
}
