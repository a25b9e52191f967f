package de.sprechstunde.core.testing.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import de.sprechstunde.core.port.DailyCounters;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What every {@link DailyCounters} does; one subclass per implementation. */
public abstract class DailyCountersContract {

    protected abstract DailyCounters counters();

    private final String counter = "messages-" + UUID.randomUUID();

    @Test
    public void countsPerDayWithMissingDaysAsZeroOldestFirst() {
        LocalDate today = LocalDate.parse("2026-11-27");
        counters().increment(counter, today);
        counters().increment(counter, today);
        counters().increment(counter, today.minusDays(2));

        var days = counters().lastDays(counter, today, 3);

        assertEquals(List.of(today.minusDays(2), today.minusDays(1), today), List.copyOf(days.keySet()));
        assertEquals(List.of(1L, 0L, 2L), List.copyOf(days.values()));
    }
}
