package de.sprechstunde.redis;

import de.sprechstunde.core.learner.LearnerId;
import de.sprechstunde.core.port.PersonalData;
import de.sprechstunde.core.port.RateBudget;
import io.lettuce.core.api.sync.RedisCommands;
import java.util.Arrays;
import java.util.Map;

/**
 * What Redis holds about one learner, for {@code /forget}: their rate-limit windows and any of
 * their messages still pending on this instance. (Cached answers are keyed by a hash of the
 * prompt, not by learner, and expire with their TTL.)
 */
final class RedisPersonalData implements PersonalData {

    private final RedisConnections redis;
    private final RedisKeys keys;
    private final String instanceId;

    RedisPersonalData(RedisConnections redis, RedisKeys keys, String instanceId) {
        this.redis = redis;
        this.keys = keys;
        this.instanceId = instanceId;
    }

    @Override
    public String description() {
        return "rate-limit and pending-message records in Redis";
    }

    @Override
    public long erase(LearnerId learner) {
        RedisCommands<String, byte[]> commands = redis.commands();
        String[] rateKeys = Arrays.stream(RateBudget.values()).map(b -> keys.rate(b, learner)).toArray(String[]::new);
        long deleted = commands.del(rateKeys);
        String pendingKey = keys.pending(learner.platform(), instanceId);
        Map<String, byte[]> pending = commands.hgetall(pendingKey);
        pending.remove(RedisMessageLedger.SEQUENCE_FIELD);
        for (Map.Entry<String, byte[]> entry : pending.entrySet()) {
            if (RedisMessageLedger.pendingMessage(entry.getValue()).sender().equals(learner)) {
                deleted += commands.hdel(pendingKey, entry.getKey());
            }
        }
        return deleted;
    }
}
