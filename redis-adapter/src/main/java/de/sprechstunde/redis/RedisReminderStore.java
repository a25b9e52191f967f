package de.sprechstunde.redis;

import de.sprechstunde.core.learner.LearnerId;
import de.sprechstunde.core.port.ReminderSchedule;
import de.sprechstunde.core.port.ReminderStore;
import io.lettuce.core.KeyValue;
import io.lettuce.core.Limit;
import io.lettuce.core.Range;
import io.lettuce.core.cluster.api.sync.RedisClusterCommands;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Schedules in a hash ({@code reminders}: learner → {@code zone|HH:mm|epoch ms}, the last two empty
 * when off) and a sorted set of the ones that are on by their next moment ({@code reminders:next}).
 * Durable data, so these two keys carry no TTL; {@code /forget} removes the learner's fields.
 */
final class RedisReminderStore implements ReminderStore {

    private final RedisConnections redis;
    private final RedisKeys keys;

    RedisReminderStore(RedisConnections redis, RedisKeys keys) {
        this.redis = redis;
        this.keys = keys;
    }

    @Override
    public Optional<ReminderSchedule> find(LearnerId learner) {
        return Optional.ofNullable(RedisKeys.text(redis.commands().hget(keys.reminders(), learner.asString())))
                .map(value -> parse(learner, value));
    }

    @Override
    public void save(ReminderSchedule schedule) {
        RedisClusterCommands<String, byte[]> commands = redis.commands();
        String learner = schedule.learner().asString();
        String value = schedule.zone().getId() + "|" + schedule.at().map(LocalTime::toString).orElse("") + "|"
                + schedule.next().map(next -> String.valueOf(next.toEpochMilli())).orElse("");
        commands.hset(keys.reminders(), learner, RedisKeys.bytes(value));
        if (schedule.next().isPresent()) {
            commands.zadd(keys.remindersByNext(), schedule.next().get().toEpochMilli(), RedisKeys.bytes(learner));
        } else {
            commands.zrem(keys.remindersByNext(), RedisKeys.bytes(learner));
        }
    }

    @Override
    public boolean delete(LearnerId learner) {
        RedisClusterCommands<String, byte[]> commands = redis.commands();
        commands.zrem(keys.remindersByNext(), RedisKeys.bytes(learner.asString()));
        return commands.hdel(keys.reminders(), learner.asString()) > 0;
    }

    @Override
    public List<ReminderSchedule> dueBy(Instant now, int limit) {
        RedisClusterCommands<String, byte[]> commands = redis.commands();
        List<byte[]> due = commands.zrangebyscore(keys.remindersByNext(), Range.create(Double.NEGATIVE_INFINITY, (double) now.toEpochMilli()),
                Limit.create(0, limit));
        if (due.isEmpty()) {
            return List.of();
        }
        String[] learners = due.stream().map(RedisKeys::text).toArray(String[]::new);
        List<ReminderSchedule> schedules = new ArrayList<>();
        for (KeyValue<String, byte[]> value : commands.hmget(keys.reminders(), learners)) {
            if (value.hasValue()) {
                ReminderSchedule schedule = parse(LearnerId.parse(value.getKey()), RedisKeys.text(value.getValue()));
                if (schedule.next().isPresent() && !schedule.next().get().isAfter(now)) {
                    schedules.add(schedule);
                }
            }
        }
        return schedules;
    }

    private static ReminderSchedule parse(LearnerId learner, String value) {
        String[] parts = value.split("\\|", -1);
        Optional<LocalTime> at = parts[1].isEmpty() ? Optional.empty() : Optional.of(LocalTime.parse(parts[1]));
        Optional<Instant> next = parts[2].isEmpty() ? Optional.empty() : Optional.of(Instant.ofEpochMilli(Long.parseLong(parts[2])));
        return new ReminderSchedule(learner, ZoneId.of(parts[0]), at, next);
    }
}
