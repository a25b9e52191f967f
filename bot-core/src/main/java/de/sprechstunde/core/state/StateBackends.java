package de.sprechstunde.core.state;

import de.sprechstunde.core.health.HealthRegistry;
import de.sprechstunde.core.memory.InMemoryAudioCache;
import de.sprechstunde.core.memory.InMemoryDailyCounters;
import de.sprechstunde.core.memory.InMemoryMessageLedger;
import de.sprechstunde.core.memory.InMemoryRateLimiter;
import de.sprechstunde.core.memory.InMemoryResponseCache;
import de.sprechstunde.core.mongo.MongoBackend;
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
import de.sprechstunde.core.port.ResponseCache;
import de.sprechstunde.core.redis.RedisBackend;
import de.sprechstunde.core.storage.Breaker;
import de.sprechstunde.core.storage.WriteBuffer;
import de.sprechstunde.core.tutor.TutorBotBuilder;
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
public final class StateBackends implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(StateBackends.class);

    /** How long message ids are remembered: longer than any platform redelivers an update. */
    public static final Duration LEDGER_RETENTION = Duration.ofDays(2);
    static final Duration COOL_DOWN = Duration.ofSeconds(1);
    private static final int RECENT_LEARNERS = 1000;

    private final Optional<RedisBackend> redis;
    private final MongoBackend mongo;
    private final List<WriteBuffer> buffers = new ArrayList<>();
    private final ScheduledExecutorService replayer;
    private final Map<String, HealthIndicator> health = new LinkedHashMap<>();
    private final List<PersonalData> personalData = new ArrayList<>();
    private ResponseCache responseCache;
    private AudioCache audioCache;
    private RateLimiter rateLimiter;
    private MessageLedger ledger;
    private DailyCounters dailyCounters;
    private LearnerStore learners;
    private ConversationStore conversations;
    private ProgressStore progress;
    private AuditLog audit;

    private StateBackends(StateSettings settings, Clock clock, MeterRegistry meters) {
        this.mongo = MongoBackend.connect(settings.mongo(), settings.dataDir(), LEDGER_RETENTION, clock);
        this.redis = settings.redis().map(RedisBackend::new);
        Clock realTime = Clock.systemUTC();
        Breaker mongoBreaker = new Breaker("mongodb", COOL_DOWN, realTime, meters);
        WriteBuffer mongoWrites = buffer(mongoBreaker, settings, meters);
        wireMongo(settings, mongoBreaker, mongoWrites);
        health.put("mongodb", new OutageAwareHealth(mongo.health(), mongoWrites));

        InMemoryMessageLedger localLedger = new InMemoryMessageLedger(LEDGER_RETENTION, 100_000, clock);
        InMemoryRateLimiter localLimiter = new InMemoryRateLimiter(settings.perMinute(), clock);
        if (redis.isPresent()) {
            RedisBackend shared = redis.get();
            Breaker redisBreaker = new Breaker("redis", COOL_DOWN, realTime, meters);
            WriteBuffer redisWrites = buffer(redisBreaker, settings, meters);
            responseCache = settings.cachingEnabled()
                    ? new FallbackResponseCache(shared.responseCache(settings.cacheTtls()), redisBreaker) : NoResponseCache.INSTANCE;
            audioCache = new FallbackAudioCache(shared.audioCache(settings.audioCacheTtl()), redisBreaker);
            rateLimiter = new FallbackRateLimiter(shared.rateLimiter(settings.perMinute()), localLimiter, redisBreaker);
            ledger = new FallbackMessageLedger(shared.ledger(settings.instanceId(), LEDGER_RETENTION), localLedger,
                    redisBreaker, redisWrites);
            dailyCounters = new FallbackDailyCounters(shared.dailyCounters(), new InMemoryDailyCounters(), redisBreaker);
            personalData.add(new BufferedPersonalData(shared.personalData(settings.instanceId()), redisWrites));
            health.put("redis", new OutageAwareHealth(shared.health(), redisWrites));
        } else {
            responseCache = settings.cachingEnabled()
                    ? new InMemoryResponseCache(settings.cacheTtls(), 10_000, clock) : NoResponseCache.INSTANCE;
            audioCache = new InMemoryAudioCache(500);
            rateLimiter = localLimiter;
            ledger = new FallbackMessageLedger(mongo.ledger(settings.instanceId()), localLedger, mongoBreaker, mongoWrites);
            dailyCounters = new InMemoryDailyCounters();
            health.put("redis", () -> ComponentHealth.disabled("redis", "not configured: cache and rate limits in process"));
        }
        replayer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "state-replay");
            thread.setDaemon(true);
            return thread;
        });
        replayer.scheduleWithFixedDelay(this::replayBuffered, 2, 2, TimeUnit.SECONDS);
    }

    /**
     * Connects (Redis lazily, so it may still be starting) and starts the embedded MongoDB when no
     * {@code MONGODB_URI} is set.
     *
     * @param clock  the bot's clock, for timestamps and retention
     * @param meters where {@code bot.state.*} meters go
     * @throws RuntimeException when the embedded MongoDB cannot start (e.g. DATA_DIR not writable or in use)
     */
    public static StateBackends connect(StateSettings settings, Clock clock, MeterRegistry meters) {
        return new StateBackends(settings, clock, meters);
    }

    private void wireMongo(StateSettings settings, Breaker breaker, WriteBuffer writes) {
        learners = new ResilientLearnerStore(mongo.learners(), mongo::saveLearnerIfAbsent, breaker, writes, 10 * RECENT_LEARNERS);
        conversations = new ResilientConversationStore(mongo.conversations(), breaker, writes,
                settings.mongo().maxTurnsPerLearner(), RECENT_LEARNERS);
        progress = new ResilientProgressStore(mongo.progress(), breaker, writes, RECENT_LEARNERS);
        audit = new BufferedAuditLog(mongo.audit(), writes);
        personalData.add(new BufferedPersonalData(mongo.personalData(), writes));
    }

    private WriteBuffer buffer(Breaker breaker, StateSettings settings, MeterRegistry meters) {
        WriteBuffer buffer = new WriteBuffer(breaker, settings.writeBufferCapacity(), meters);
        buffers.add(buffer);
        return buffer;
    }

    /** Sets every state port (and the personal-data erasers for {@code /forget}) on the bot's builder. */
    public TutorBotBuilder applyTo(TutorBotBuilder builder) {
        builder.responseCache(responseCache).audioCache(audioCache).rateLimiter(rateLimiter).ledger(ledger)
                .dailyCounters(dailyCounters).learners(learners).conversations(conversations).progress(progress).audit(audit);
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
    public List<PersonalData> personalData() { return List.copyOf(personalData); }

    /** Replays what the outage buffers hold, if their backends answer; returns how many writes. */
    public int replayBuffered() {
        int replayed = 0;
        for (WriteBuffer buffer : buffers) {
            replayed += buffer.drain();
        }
        return replayed;
    }

    /** Writes still waiting for a backend. */
    public int bufferedWrites() {
        return buffers.stream().mapToInt(WriteBuffer::size).sum();
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
