package de.sprechstunde.redis;

import de.sprechstunde.core.port.DailyCounters;
import io.lettuce.core.KeyValue;
import io.lettuce.core.cluster.api.sync.RedisClusterCommands;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/** Per-day counters shared by all instances: one key per counter and day, kept 400 days. */
final class RedisDailyCounters implements DailyCounters {

    static final Duration KEPT = Duration.ofDays(400);

    private final RedisConnections redis;
    private final RedisKeys keys;

    RedisDailyCounters(RedisConnections redis, RedisKeys keys) {
        this.redis = redis;
        this.keys = keys;
    }

    @Override
    public void increment(String counter, LocalDate day) {
        RedisClusterCommands<String, byte[]> commands = redis.commands();
        String key = keys.daily(counter, day);
        if (commands.incr(key) == 1L) {
            commands.expire(key, KEPT.toSeconds());
        }
    }

    @Override
    public SortedMap<LocalDate, Long> lastDays(String counter, LocalDate today, int days) {
        String[] dayKeys = new String[days];
        for (int i = 0; i < days; i++) {
            dayKeys[i] = keys.daily(counter, today.minusDays(days - 1L - i));
        }
        List<KeyValue<String, byte[]>> values = redis.commands().mget(dayKeys);
        TreeMap<LocalDate, Long> result = new TreeMap<>();
        for (int i = 0; i < days; i++) {
            KeyValue<String, byte[]> value = values.get(i);
            result.put(today.minusDays(days - 1L - i), value.hasValue() ? Long.parseLong(RedisKeys.text(value.getValue())) : 0L);
        }
        return result;
    }
}
