package de.sprechstunde.redis;

import de.sprechstunde.core.learner.LearnerId;
import de.sprechstunde.core.port.RateBudget;
import de.sprechstunde.core.port.RateDecision;
import de.sprechstunde.core.port.RateLimiter;
import io.lettuce.core.ScriptOutputType;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Per-learner budgets shared by every bot instance: one Lua script counts the message and opens
 * the window on the first one (INCR, PEXPIRE), and returns the count and the window's remaining
 * time (PTTL) in one atomic round trip. The same semantics as the in-process limiter: the window
 * opens with the learner's first message; only the first refusal in a window is flagged.
 */
final class RedisRateLimiter implements RateLimiter {

    private static final RedisScript COUNT = new RedisScript("""
            local count = redis.call('INCR', KEYS[1])
            if count == 1 then
              redis.call('PEXPIRE', KEYS[1], ARGV[1])
            end
            local ttl = redis.call('PTTL', KEYS[1])
            if ttl < 0 then
              redis.call('PEXPIRE', KEYS[1], ARGV[1])
              ttl = tonumber(ARGV[1])
            end
            return {count, ttl}
            """, ScriptOutputType.MULTI);

    private final RedisConnections redis;
    private final RedisKeys keys;
    private final Map<RateBudget, Integer> perWindow;
    private final byte[] windowMillis;

    RedisRateLimiter(RedisConnections redis, RedisKeys keys, Map<RateBudget, Integer> perWindow, Duration window) {
        this.redis = redis;
        this.keys = keys;
        this.perWindow = new EnumMap<>(perWindow);
        this.windowMillis = RedisKeys.bytes(Long.toString(window.toMillis()));
    }

    @Override
    public RateDecision tryAcquire(LearnerId learner, RateBudget budget) {
        List<Long> result = COUNT.run(redis.commands(), new String[] {keys.rate(budget, learner)}, windowMillis);
        long count = result.get(0);
        int limit = perWindow.get(budget);
        if (count <= limit) {
            return RateDecision.allowed();
        }
        return new RateDecision.Limited(Duration.ofMillis(result.get(1)), count == limit + 1);
    }
}
