package de.sprechstunde.telegram.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TokenBucketTest {

    private static final Instant T0 = Instant.parse("2026-12-02T10:00:00Z");

    @Test
    void aFullBucketGivesItsBurstAtOnceThenRefillsOneTokenPerInterval() {
        TokenBucket bucket = new TokenBucket(3, Duration.ofSeconds(1));
        for (int i = 0; i < 3; i++) {
            assertEquals(T0, bucket.readyFor(1, T0));
            bucket.take(T0);
        }
        assertEquals(T0.plusSeconds(1), bucket.readyFor(1, T0));
        assertEquals(T0.plusSeconds(2), bucket.readyFor(2, T0));
        assertTrue(bucket.full(T0.plusSeconds(3)));
    }

    @Test
    void aZeroRefillMeansNoLimit() {
        TokenBucket bucket = new TokenBucket(1, Duration.ZERO);
        bucket.take(T0);
        bucket.take(T0);
        assertEquals(T0, bucket.readyFor(1, T0));
    }
}
