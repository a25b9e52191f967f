package de.sprechstunde.telegram.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SlidingWindowTest {

    private static final Instant T0 = Instant.parse("2026-12-02T10:00:00Z");

    @Test
    void aCallMayGoWhenTheOldestAnswerOfTheLastLimitCallsLeavesTheWindow() {
        SlidingWindow window = new SlidingWindow(Duration.ofSeconds(1), 3);
        for (int i = 0; i < 3; i++) {
            window.sent();
        }
        window.ended(T0.plusMillis(200));
        window.ended(T0);
        window.ended(T0.plusMillis(100));

        assertEquals(T0.plusMillis(1000), window.freeAt(3, T0.plusMillis(300)), "answers are kept in the order they came");
        assertEquals(T0.plusMillis(1200), window.freeAt(1, T0.plusMillis(300)), "a smaller allowance waits for more to leave");
        assertEquals(T0.plusMillis(1000), window.freeAt(3, T0.plusMillis(1000)));
    }

    @Test
    void callsOnTheirWayKeepTheirPlaces() {
        SlidingWindow window = new SlidingWindow(Duration.ofSeconds(1), 2);
        window.sent();
        window.sent();

        assertEquals(T0.plusSeconds(1), window.freeAt(2, T0), "nothing leaves before an answer comes back");
        window.ended(T0.plusMillis(50));
        assertEquals(T0.plusMillis(1050), window.freeAt(2, T0.plusMillis(60)));
    }
}
