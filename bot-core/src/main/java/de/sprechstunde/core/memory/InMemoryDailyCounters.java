package de.sprechstunde.core.memory;

import de.sprechstunde.core.port.DailyCounters;
import java.time.LocalDate;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** Per-day counters in this JVM, keeping the last 400 days. */
public final class InMemoryDailyCounters implements DailyCounters {

    private static final int DAYS_KEPT = 400;

    private final Map<String, TreeMap<LocalDate, AtomicLong>> counters = new ConcurrentHashMap<>();

    @Override
    public void increment(String counter, LocalDate day) {
        TreeMap<LocalDate, AtomicLong> days = counters.computeIfAbsent(counter, c -> new TreeMap<>());
        synchronized (days) {
            days.computeIfAbsent(day, d -> new AtomicLong()).incrementAndGet();
            while (days.size() > DAYS_KEPT) {
                days.pollFirstEntry();
            }
        }
    }

    @Override
    public SortedMap<LocalDate, Long> lastDays(String counter, LocalDate today, int days) {
        TreeMap<LocalDate, Long> result = new TreeMap<>();
        TreeMap<LocalDate, AtomicLong> known = counters.getOrDefault(counter, new TreeMap<>());
        synchronized (known) {
            for (int i = days - 1; i >= 0; i--) {
                LocalDate day = today.minusDays(i);
                AtomicLong count = known.get(day);
                result.put(day, count == null ? 0 : count.get());
            }
        }
        return result;
    }
}
