package de.sprechstunde.redis;

import de.sprechstunde.core.learning.CardStore;
import de.sprechstunde.core.port.AudioCache;
import de.sprechstunde.core.port.CacheKind;
import de.sprechstunde.core.port.DailyCounters;
import de.sprechstunde.core.port.HealthIndicator;
import de.sprechstunde.core.port.MessageLedger;
import de.sprechstunde.core.port.PersonalData;
import de.sprechstunde.core.port.RateBudget;
import de.sprechstunde.core.port.RateLimiter;
import de.sprechstunde.core.port.ReminderClaims;
import de.sprechstunde.core.port.ReminderStore;
import de.sprechstunde.core.port.ResponseCache;
import java.time.Duration;
import java.util.Map;

/**
 * The Redis adapters of the state ports, built on one set of connections. They throw lettuce's
 * runtime exceptions when Redis is unreachable; {@code de.sprechstunde.deploy.state} wraps them
 * with in-process fallbacks. Close it to close the connections.
 */
public final class RedisBackend implements AutoCloseable {

    private final RedisConnections connections;
    private final RedisKeys keys;

    /** Prepares the client; connects on first use, so Redis may still be starting. */
    public RedisBackend(RedisSettings settings) {
        this.connections = new RedisConnections(settings);
        this.keys = new RedisKeys(settings.keyPrefix());
    }

    public ResponseCache responseCache(Map<CacheKind, Duration> ttls) {
        return new RedisResponseCache(connections, keys, ttls);
    }

    public AudioCache audioCache(Duration ttl) {
        return new RedisAudioCache(connections, keys, ttl);
    }

    /** Budgets per one-minute window. */
    public RateLimiter rateLimiter(Map<RateBudget, Integer> perMinute) {
        return rateLimiter(perMinute, Duration.ofMinutes(1));
    }

    public RateLimiter rateLimiter(Map<RateBudget, Integer> perWindow, Duration window) {
        return new RedisRateLimiter(connections, keys, perWindow, window);
    }

    /**
     * @param instanceId this bot instance: it replays only its own pending messages after a restart
     * @param retention  how long a message id is remembered, longer than any platform redelivers
     */
    public MessageLedger ledger(String instanceId, Duration retention) {
        return new RedisMessageLedger(connections, keys, instanceId, retention);
    }

    public DailyCounters dailyCounters() {
        return new RedisDailyCounters(connections, keys);
    }

    /** @param instanceId recorded in each claim, to see who sent a reminder */
    public ReminderClaims reminderClaims(String instanceId) {
        return new RedisReminderClaims(connections, keys, instanceId);
    }

    public ReminderStore reminderStore() {
        return new RedisReminderStore(connections, keys);
    }

    public PersonalData personalData(String instanceId) {
        // the ledger's retention does not matter here: erasing only reads and deletes pending entries
        return new RedisPersonalData(connections, keys, new RedisMessageLedger(connections, keys, instanceId, Duration.ofDays(2)));
    }

    public CardStore cards() {
        return new RedisCardStore(connections, keys);
    }

    public HealthIndicator health() {
        return new RedisHealth(connections);
    }

    /** The raw connections, for the benchmark's PING floor. */
    public RedisConnections connections() {
        return connections;
    }

    @Override
    public void close() {
        connections.close();
    }
}
