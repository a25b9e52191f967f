package de.sprechstunde.redis;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.sprechstunde.core.learner.Platform;
import de.sprechstunde.core.message.IncomingMessage;
import de.sprechstunde.core.message.MessageKey;
import de.sprechstunde.core.port.MessageLedger;
import de.sprechstunde.core.storage.StoredMessages;
import io.lettuce.core.ScriptOutputType;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Exactly-once handling in Redis. {@link #accept} is one Lua script: {@code SET msg:<key> NX PX
 * <retention>} decides first delivery versus redelivery across all instances, and on a first
 * delivery the message is added to this instance's pending hash, numbered in acceptance order
 * (field {@code #seq} counts). {@link #answered} removes it
 * from the hash; the dedupe key stays until its TTL, so late redeliveries are still recognised.
 * {@link #unanswered} reads this instance's pending hash after a restart.
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
    public List<IncomingMessage> unanswered(Platform platform) {
        Map<String, byte[]> pending = redis.commands().hgetall(keys.pending(platform, instanceId));
        pending.remove(SEQUENCE_FIELD);
        return pending.values().stream()
                .map(value -> RedisKeys.text(value).split(" ", 2))
                .sorted(Comparator.comparingLong(parts -> Long.parseLong(parts[0])))
                .map(parts -> fromJson(parts[1]))
                .toList();
    }

    /** The message in a pending hash value ({@code <seq> <json>}). */
    static IncomingMessage pendingMessage(byte[] value) {
        return fromJson(RedisKeys.text(value).split(" ", 2)[1]);
    }

    private static String toJson(IncomingMessage message) {
        try {
            return JSON.writeValueAsString(StoredMessages.toMap(message));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static IncomingMessage fromJson(String json) {
        try {
            return StoredMessages.fromMap(JSON.readValue(json, STORED));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
