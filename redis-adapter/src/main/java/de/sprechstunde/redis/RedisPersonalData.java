package de.sprechstunde.redis;

import de.sprechstunde.core.learner.LearnerId;
import de.sprechstunde.core.port.PersonalData;
import de.sprechstunde.core.port.RateBudget;
import io.lettuce.core.cluster.api.sync.RedisClusterCommands;
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
    private final RedisMessageLedger ledger;

    RedisPersonalData(RedisConnections redis, RedisKeys keys, RedisMessageLedger ledger) {
        this.redis = redis;
        this.keys = keys;
        this.ledger = ledger;
    }

    @Override
    public String description() {
        return "rate-limit and pending-message records in Redis";
    }

    @Override
    public long erase(LearnerId learner) {
        RedisClusterCommands<String, byte[]> commands = redis.commands();
        // one learner's windows share a hash tag: one slot, one DEL
        String[] rateKeys = Arrays.stream(RateBudget.values()).map(b -> keys.rate(b, learner)).toArray(String[]::new);
        long deleted = commands.del(rateKeys);
        for (Map.Entry<String, Map<String, byte[]>> hash : ledger.pendingHashes(learner.platform()).entrySet()) {
            for (Map.Entry<String, byte[]> entry : hash.getValue().entrySet()) {
                if (RedisMessageLedger.pendingMessage(entry.getValue()).sender().equals(learner)) {
                    deleted += commands.hdel(hash.getKey(), entry.getKey());
                }
            }
        }
        return deleted;
    }
}
