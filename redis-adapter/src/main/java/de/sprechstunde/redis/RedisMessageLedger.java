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
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Exactly-once handling in Redis. {@link #accept} is one Lua script: {@code SET msg:<key> NX PX
 * <retention>} decides first delivery versus redelivery across all instances, and on a first
 * delivery the message is added to this instance's pending hash, numbered in acceptance order
 * (field {@code #seq} counts). {@link #answered} removes it
 * from the hash; the dedupe key stays until its TTL, so late redeliveries are still recognised.
 * {@link #pending} reads this instance's pending hash after a restart, with the progress of each
 * reply ({@link #showing}, {@link #undelivered}) kept on a second line of its value.
 */
final class RedisMessageLedger implements MessageLedger {

    private static final RedisScript ACCEPT = new RedisScript("""
            if redis.call('SET', KEYS[1], ARGV[1], 'NX', 'PX', ARGV[2]) then
              local seq = redis.call('HINCRBY', KEYS[2], '#seq', 1)
              redis.call('HSET', KEYS[2], ARGV[3], seq .. ' ' .. ARGV[4])
              redis.call('PEXPIRE', KEYS[2], ARGV[2])
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
    private final byte[] retentionMillis;

    RedisMessageLedger(RedisConnections redis, RedisKeys keys, String instanceId, Duration retention) {
        this.redis = redis;
        this.keys = keys;
        this.instanceId = instanceId;
        this.retentionMillis = RedisKeys.bytes(Long.toString(retention.toMillis()));
    }

    @Override
    public boolean accept(IncomingMessage message) {
        Long first = ACCEPT.run(redis.commands(),
                new String[] {keys.accepted(message.key()), keys.pending(message.platform(), instanceId)},
                RedisKeys.bytes(instanceId), retentionMillis, RedisKeys.bytes(message.key().asString()),
                RedisKeys.bytes(toJson(message)));
        return first == 1L;
    }

    @Override
    public void answered(MessageKey key) {
        redis.commands().hdel(keys.pending(key.platform(), instanceId), key.asString());
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
        String hash = keys.pending(key.platform(), instanceId);
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
        Map<String, byte[]> pending = redis.commands().hgetall(keys.pending(platform, instanceId));
        pending.remove(SEQUENCE_FIELD);
        return pending.values().stream()
                .map(value -> RedisKeys.text(value).split("\n", 2))
                .sorted(Comparator.comparingLong(lines -> Long.parseLong(lines[0].split(" ", 2)[0])))
                .map(RedisMessageLedger::pendingEntry)
                .toList();
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
