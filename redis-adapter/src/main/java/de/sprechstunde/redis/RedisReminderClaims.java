package de.sprechstunde.redis;

import de.sprechstunde.core.learner.LearnerId;
import de.sprechstunde.core.port.ReminderClaims;
import io.lettuce.core.SetArgs;
import java.time.Duration;
import java.time.Instant;

/** One {@code SET NX EX} per learner and occurrence: the instance whose SET lands sends the reminder. */
final class RedisReminderClaims implements ReminderClaims {

    static final Duration KEPT = Duration.ofDays(2);

    private final RedisConnections redis;
    private final RedisKeys keys;
    private final String instanceId;

    RedisReminderClaims(RedisConnections redis, RedisKeys keys, String instanceId) {
        this.redis = redis;
        this.keys = keys;
        this.instanceId = instanceId;
    }

    @Override
    public boolean claim(LearnerId learner, Instant occurrence) {
        String reply = redis.commands().set(keys.reminderClaim(learner, occurrence), RedisKeys.bytes(instanceId),
                SetArgs.Builder.nx().ex(KEPT.toSeconds()));
        return "OK".equals(reply);
    }
}
