package de.sprechstunde.mongo;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import de.sprechstunde.core.concurrent.DaemonThreads;
import de.sprechstunde.core.learner.LearnerProfile;
import de.sprechstunde.core.learning.CardStore;
import de.sprechstunde.core.port.AuditLog;
import de.sprechstunde.core.port.ConversationStore;
import de.sprechstunde.core.port.HealthIndicator;
import de.sprechstunde.core.port.LearnerStore;
import de.sprechstunde.core.port.MessageLedger;
import de.sprechstunde.core.port.PersonalData;
import de.sprechstunde.core.port.ProgressStore;
import de.sprechstunde.core.port.ReminderStore;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The MongoDB adapters of the state ports, on an external server ({@code MONGODB_URI}) or on the
 * embedded one under the data directory. Creates the indexes at start (and again later if MongoDB
 * was down then); in embedded mode sweeps old documents hourly because the embedded server
 * ignores TTL indexes. The adapters throw the driver's exceptions when MongoDB is unreachable;
 * {@code de.sprechstunde.deploy.state} wraps them. Close it to stop the client (and embedded server).
 */
public final class MongoBackend implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(MongoBackend.class);
    private static final Duration SWEEP_EVERY = Duration.ofHours(1);

    private final MongoSettings settings;
    private final Optional<EmbeddedMongo> embedded;
    private final MongoClient client;
    private final MongoDatabase database;
    private final Duration ledgerRetention;
    private final Clock clock;
    private final RetentionSweeper sweeper;
    private final ScheduledExecutorService maintenance;
    private volatile boolean indexesReady;
    private long lastSweepNanos;

    private MongoBackend(MongoSettings settings, Optional<EmbeddedMongo> embedded, MongoClient client, MongoDatabase database,
                         Duration ledgerRetention, Clock clock, ScheduledExecutorService maintenance) {
        this.settings = settings;
        this.embedded = embedded;
        this.client = client;
        this.database = database;
        this.ledgerRetention = ledgerRetention;
        this.clock = clock;
        this.sweeper = new RetentionSweeper(database, settings.turnRetention(), ledgerRetention, clock);
        this.maintenance = maintenance;
        this.lastSweepNanos = System.nanoTime() - SWEEP_EVERY.toNanos();
    }

    /**
     * Connects to {@code settings.uri()}, or without one starts the embedded server in {@code dataDir};
     * then creates the indexes and schedules the maintenance. Leaves nothing running when it throws.
     *
     * @param ledgerRetention how long accepted message ids are kept (dedupe and replay)
     */
    public static MongoBackend connect(MongoSettings settings, Path dataDir, Duration ledgerRetention, Clock clock) {
        Optional<EmbeddedMongo> embedded = settings.uri().isPresent() ? Optional.empty() : Optional.of(EmbeddedMongo.start(dataDir));
        MongoClient client = null;
        try {
            String uri = embedded.map(EmbeddedMongo::connectionString).orElseGet(() -> settings.uri().get().reveal());
            ConnectionString connection = new ConnectionString(uri);
            client = MongoClients.create(clientSettings(connection, settings));
            MongoDatabase database = client.getDatabase(Optional.ofNullable(connection.getDatabase()).orElse(MongoSettings.DEFAULT_DATABASE));
            MongoBackend backend = new MongoBackend(settings, embedded, client, database, ledgerRetention, clock,
                    Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("mongo-maintenance")));
            backend.startMaintenance();
            return backend;
        } catch (RuntimeException e) {
            if (client != null) {
                client.close();
            }
            embedded.ifPresent(EmbeddedMongo::close);
            throw e;
        }
    }

    private void startMaintenance() {
        maintain();
        maintenance.scheduleWithFixedDelay(this::maintain, 1, 1, TimeUnit.MINUTES);
    }

    private static MongoClientSettings clientSettings(ConnectionString connection, MongoSettings settings) {
        long timeoutMillis = settings.timeout().toMillis();
        return MongoClientSettings.builder()
                .applyConnectionString(connection)
                .applyToConnectionPoolSettings(pool -> pool.maxSize(settings.maxPoolSize()).minSize(settings.minPoolSize())
                        .maxConnectionIdleTime(settings.maxIdleTime().toMillis(), TimeUnit.MILLISECONDS))
                .applyToClusterSettings(cluster -> cluster.serverSelectionTimeout(timeoutMillis, TimeUnit.MILLISECONDS))
                .applyToSocketSettings(socket -> socket.connectTimeout((int) timeoutMillis, TimeUnit.MILLISECONDS)
                        .readTimeout((int) Math.max(5_000, timeoutMillis * 5), TimeUnit.MILLISECONDS))
                .build();
    }

    public LearnerStore learners() {
        return new MongoLearnerStore(database.getCollection(Collections.LEARNERS), clock);
    }

    /** Inserts the profile only when none is stored: replays a profile created while MongoDB was unreachable. */
    public void saveLearnerIfAbsent(LearnerProfile profile) {
        new MongoLearnerStore(database.getCollection(Collections.LEARNERS), clock).saveIfAbsent(profile);
    }

    public ConversationStore conversations() {
        return new MongoConversationStore(database.getCollection(Collections.TURNS), settings.maxTurnsPerLearner());
    }

    public ProgressStore progress() {
        return new MongoProgressStore(database.getCollection(Collections.PROGRESS), database.getCollection(Collections.MISTAKES), clock);
    }

    public CardStore cards() {
        return new MongoCardStore(database.getCollection(Collections.CARDS));
    }

    public AuditLog audit() {
        return new MongoAuditLog(database.getCollection(Collections.AUDIT));
    }

    /** @param instanceId this bot instance: it replays only its own pending messages after a restart */
    public MessageLedger ledger(String instanceId) {
        return new MongoMessageLedger(database.getCollection(Collections.LEDGER), instanceId, clock);
    }

    public ReminderStore reminders() {
        return new MongoReminderStore(database.getCollection(Collections.REMINDERS));
    }

    public PersonalData personalData() {
        return new MongoPersonalData(database.getCollection(Collections.LEDGER));
    }

    public HealthIndicator health() {
        return new MongoHealth(database, embedded.isPresent());
    }

    MongoDatabase database() {
        return database;
    }

    private synchronized void maintain() {
        try {
            if (!indexesReady) {
                new MongoIndexes(database).create(settings.turnRetention(), ledgerRetention, embedded.isPresent());
                indexesReady = true;
            }
            if (embedded.isPresent() && System.nanoTime() - lastSweepNanos >= SWEEP_EVERY.toNanos()) {
                sweeper.sweep();
                lastSweepNanos = System.nanoTime();
            }
        } catch (RuntimeException e) {
            log.warn("MongoDB maintenance (indexes, retention) postponed: {}", e.getClass().getSimpleName());
        }
    }

    @Override
    public void close() {
        maintenance.shutdownNow();
        client.close();
        embedded.ifPresent(EmbeddedMongo::close);
    }
}
