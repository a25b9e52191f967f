package de.sprechstunde.resilience;

import de.sprechstunde.core.port.DailyCounters;
import de.sprechstunde.resilience.Breaker;
import java.time.LocalDate;
import java.util.SortedMap;

/** Shared counters, or this instance's own while the shared store is unreachable (the outage's counts stay local). */
final class FallbackDailyCounters implements DailyCounters {

    private final DailyCounters shared;
    private final DailyCounters local;
    private final Breaker breaker;

    FallbackDailyCounters(DailyCounters shared, DailyCounters local, Breaker breaker) {
        this.shared = shared;
        this.local = local;
        this.breaker = breaker;
    }

    @Override
    public void increment(String counter, LocalDate day) {
        breaker.run(() -> shared.increment(counter, day), () -> local.increment(counter, day));
    }

    @Override
    public SortedMap<LocalDate, Long> lastDays(String counter, LocalDate today, int days) {
        return breaker.call(() -> shared.lastDays(counter, today, days), () -> local.lastDays(counter, today, days));
    }
}
