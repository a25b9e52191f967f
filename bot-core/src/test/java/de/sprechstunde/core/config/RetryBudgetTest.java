package de.sprechstunde.core.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.sprechstunde.core.testing.MutableClock;
import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RetryBudgetTest {

    private final DeliverySettings settings = DeliverySettings.defaults();

    @Test
    void backoffDoublesFromHalfASecondUpToFiveSeconds() {
        assertEquals(Duration.ofMillis(500), settings.backoff(1));
        assertEquals(Duration.ofSeconds(2), settings.backoff(3));
        assertEquals(Duration.ofSeconds(5), settings.backoff(5));
        assertEquals(Duration.ofSeconds(5), settings.backoff(40));
    }

    @Test
    void jitteredWaitsStayBetweenHalfAndAllOfTheBackoff() {
        RetryBudget budget = settings.budget(MutableClock.startingAt("2026-12-01T10:00:00Z"), new Random(42));
        for (int i = 0; i < 100; i++) {
            long wait = budget.backoff(3).toMillis();
            assertTrue(wait >= 1000 && wait <= 2000, wait + " ms");
        }
    }

    @Test
    void waitsAndElapsedTimeTogetherEndTheRetriesAtTheWindow() {
        MutableClock clock = MutableClock.startingAt("2026-12-01T10:00:00Z");
        RetryBudget budget = settings.withRetryWindow(Duration.ofSeconds(10)).budget(clock, new Random(1));

        assertTrue(budget.allow(Duration.ofSeconds(4)));
        assertTrue(budget.allow(Duration.ofSeconds(4)), "8 s booked, no real time passed");
        assertFalse(budget.allow(Duration.ofSeconds(4)));
        clock.advance(Duration.ofSeconds(9));
        assertFalse(budget.allow(Duration.ofSeconds(2)), "9 s passed on the clock");
    }
}
