package de.sprechstunde.redis;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.sprechstunde.core.learner.Platform;
import de.sprechstunde.core.message.IncomingMessage;
import de.sprechstunde.core.message.MessageKey;
import de.sprechstunde.core.message.Reply;
import de.sprechstunde.core.port.MessageLedger;
import de.sprechstunde.core.port.PendingMessage;
import de.sprechstunde.core.storage.StoredMessages;
import de.sprechstunde.core.storage.StoredReplies;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.cluster.api.sync.RedisClusterCommands;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Exactly-once handling in Redis, cluster-safe: each script touches the keys of one hash tag.
 * {@link #accept} first notes the chat in this instance's pending index and draws the next number
 * ({@code pending-chats}, {@code pending-seq}: tag platform + instance), then one Lua script on the
 * chat's keys (tag platform + chat) runs {@code SET msg:<key> <token> NX PX <retention>}, which
 * decides first delivery versus redelivery across all instances, and on a first delivery adds
 * the message to the chat's pending hash of this instance. The index comes first so a crash
 * between the two leaves at most an index entry without messages, never a pending message
 * nobody finds. The token is unique per call, so lettuce re-sending the script after a lost
 * reply still reads as this call's first delivery. {@link #answered} removes the message from
 * the hash; the dedupe key stays until its TTL, so late redeliveries are still recognised.
 * {@link #pending} reads this instance's pending hashes after a restart, with the progress of
 * each reply ({@link #showing}, {@link #undelivered}) kept on a second line of its value.
 */
final class RedisMessageLedger implements MessageLedger {

    /** Notes the chat (score: Redis time, ms), drops chats idle past the retention, returns the next number. */
    private static final RedisScript INDEX = new RedisScript("""
            local time = redis.call('TIME')
            local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
            redis.call('ZADD', KEYS[1], now, ARGV[1])
            redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - tonumber(ARGV[2]) - 60000)
            redis.call('PEXPIRE', KEYS[1], ARGV[2])
            local seq = redis.call('INCR', KEYS[2])
            redis.call('PEXPIRE', KEYS[2], ARGV[2])
            return seq
            """, ScriptOutputType.INTEGER);

    private static final RedisScript ACCEPT = new RedisScript("""
            if redis.call('SET', KEYS[1], ARGV[1], 'NX', 'PX', ARGV[2]) then
              redis.call('HSET', KEYS[2], ARGV[3], ARGV[4])
              redis.call('PEXPIRE', KEYS[2], ARGV[2])
              return 1
            end
            if redis.call('GET', KEYS[1]) == ARGV[1] then
              return 1
            end
            return 0
            """, ScriptOutputType.INTEGER);

    /** Replaces a pending entry only while it is still pending: a late write never revives an answered message. */
    private static final RedisScript UPDATE = new RedisScript("""
            if redis.call('HEXISTS', KEYS[1], ARGV[1]) == 1 then
              redis.call('HSET', KEYS[1], ARGV[1], ARGV[2])
              return 1
            end
            return 0
            """, ScriptOutputType.INTEGER);

    static final String SEQUENCE_FIELD = "#seq";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<Map<String, Object>> STORED = new TypeReference<>() { };

    private final RedisConnections redis;
    private final RedisKeys keys;
    private final String instanceId;
    private final Duration retention;
    private final byte[] retentionMillis;

    RedisMessageLedger(RedisConnections redis, RedisKeys keys, String instanceId, Duration retention) {
        this.redis = redis;
        this.keys = keys;
        this.instanceId = instanceId;
        this.retention = retention;
        this.retentionMillis = RedisKeys.bytes(Long.toString(retention.toMillis()));
    }

    @Override
    public boolean accept(IncomingMessage message) {
        MessageKey key = message.key();
        long seq = indexChat(key.platform(), key.chatId());
        String token = instanceId + " " + UUID.randomUUID();
        Long first = ACCEPT.run(redis.commands(), new String[] {keys.accepted(key), pendingKey(key)},
                RedisKeys.bytes(token), retentionMillis, RedisKeys.bytes(key.asString()),
                RedisKeys.bytes(seq + " " + toJson(message)));
        return first == 1L;
    }

    private long indexChat(Platform platform, String chatId) {
        Long seq = INDEX.run(redis.commands(),
                new String[] {keys.pendingChats(platform, instanceId), keys.pendingSequence(platform, instanceId)},
                RedisKeys.bytes(chatId), retentionMillis);
        return seq;
    }

    private String pendingKey(MessageKey key) {
        return keys.pending(key.platform(), key.chatId(), instanceId);
    }

    @Override
    public void answered(MessageKey key) {
        redis.commands().hdel(pendingKey(key), key.asString());
    }

    @Override
    public void showing(MessageKey key, List<String> platformMessageIds) {
        update(key, progress -> progress.put("showing", List.copyOf(platformMessageIds)));
    }

    @Override
    public void undelivered(MessageKey key, List<Reply> replies) {
        update(key, progress -> progress.put("undelivered", StoredReplies.toMaps(replies)));
    }

    /**
     * A pending value is {@code <seq> <message json>}, followed by a line with the reply's
     * progress ({@code {"showing":[…],"undelivered":[…]}}) once there is any. One worker writes a
     * message's progress, so reading and writing it back is safe; the script keeps it from
     * reviving an answered message.
     */
    private void update(MessageKey key, Consumer<Map<String, Object>> change) {
        String hash = pendingKey(key);
        byte[] value = redis.commands().hget(hash, key.asString());
        if (value == null) {
            return;
        }
        String[] lines = RedisKeys.text(value).split("\n", 2);
        Map<String, Object> progress = lines.length > 1 ? read(lines[1]) : new LinkedHashMap<>();
        change.accept(progress);
        UPDATE.run(redis.commands(), new String[] {hash}, RedisKeys.bytes(key.asString()),
                RedisKeys.bytes(lines[0] + "\n" + write(progress)));
    }

    @Override
    public List<PendingMessage> pending(Platform platform) {
        migrateLegacy(platform);
        return pendingHashes(platform).values().stream()
                .flatMap(hash -> hash.values().stream())
                .map(value -> RedisKeys.text(value).split("\n", 2))
                .sorted(Comparator.comparingLong(lines -> Long.parseLong(lines[0].split(" ", 2)[0])))
                .map(RedisMessageLedger::pendingEntry)
                .toList();
    }

    /** This instance's pending hashes on the platform, by key: message key → stored value. */
    Map<String, Map<String, byte[]>> pendingHashes(Platform platform) {
        RedisClusterCommands<String, byte[]> commands = redis.commands();
        Map<String, Map<String, byte[]>> hashes = new LinkedHashMap<>();
        for (byte[] chat : commands.zrange(keys.pendingChats(platform, instanceId), 0, -1)) {
            String hash = keys.pending(platform, RedisKeys.text(chat), instanceId);
            hashes.put(hash, commands.hgetall(hash));
        }
        return hashes;
    }

    /**
     * Moves what an instance left pending in the single hash of before hash tags into the chats'
     * hashes, one message at a time (copy, then delete), so a crash midway loses nothing; the
     * old hash is gone afterwards (its last field, the counter, is deleted last).
     */
    private void migrateLegacy(Platform platform) {
        RedisClusterCommands<String, byte[]> commands = redis.commands();
        String legacy = keys.legacyPending(platform, instanceId);
        Map<String, byte[]> entries = commands.hgetall(legacy);
        entries.remove(SEQUENCE_FIELD);
        entries.entrySet().stream()
                .sorted(Comparator.comparingLong(e -> Long.parseLong(RedisKeys.text(e.getValue()).split(" ", 2)[0])))
                .forEach(entry -> {
                    String value = RedisKeys.text(entry.getValue());
                    MessageKey key = pendingMessage(entry.getValue()).key();
                    long seq = indexChat(platform, key.chatId());
                    String hash = pendingKey(key);
                    commands.hset(hash, entry.getKey(), RedisKeys.bytes(seq + " " + value.split(" ", 2)[1]));
                    commands.pexpire(hash, retention);
                    commands.hdel(legacy, entry.getKey());
                });
        commands.hdel(legacy, SEQUENCE_FIELD);
    }

    private static PendingMessage pendingEntry(String[] lines) {
        IncomingMessage message = fromJson(lines[0].split(" ", 2)[1]);
        if (lines.length < 2) {
            return PendingMessage.of(message);
        }
        Map<String, Object> progress = read(lines[1]);
        List<?> showing = (List<?>) progress.getOrDefault("showing", List.of());
        List<?> undelivered = (List<?>) progress.getOrDefault("undelivered", List.of());
        return new PendingMessage(message, showing.stream().map(String::valueOf).toList(), StoredReplies.fromMaps(undelivered));
    }

    /** The message in a pending hash value ({@code <seq> <json>}, maybe a progress line after it). */
    static IncomingMessage pendingMessage(byte[] value) {
        return fromJson(RedisKeys.text(value).split("\n", 2)[0].split(" ", 2)[1]);
    }

    private static String toJson(IncomingMessage message) {
        return write(StoredMessages.toMap(message));
    }

    private static IncomingMessage fromJson(String json) {
        return StoredMessages.fromMap(read(json));
    }

    private static String write(Map<String, Object> stored) {
        try {
            return JSON.writeValueAsString(stored);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Object> read(String json) {
        try {
            return JSON.readValue(json, STORED);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
