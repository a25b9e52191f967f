package de.sprechstunde.telegram.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SlidingWindowTest {

    private static final Instant T0 = Instant.parse("2026-12-02T10:00:00Z");

    @Test
    void aCallMayGoWhenTheOldestOfTheLastLimitCallsLeavesTheWindow() {
        SlidingWindow window = new SlidingWindow(Duration.ofSeconds(1), 3);
        window.record(T0);
        window.record(T0.plusMillis(100));
        window.record(T0.plusMillis(200));

        assertEquals(T0.plusMillis(1000), window.freeAt(3, T0.plusMillis(300)));
        assertEquals(T0.plusMillis(1200), window.freeAt(1, T0.plusMillis(300)), "a smaller allowance waits for more to leave");
        assertEquals(T0.plusMillis(1000), window.freeAt(3, T0.plusMillis(1000)));
    }
}
