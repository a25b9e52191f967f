package de.sprechstunde.ollama;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackoffTest {

    private final Backoff backoff = new Backoff(Duration.ofMillis(500), Duration.ofSeconds(4));

    @Test
    void pausesDoubleUpToTheLongest() {
        assertEquals(Duration.ofMillis(500), backoff.after(1));
        assertEquals(Duration.ofSeconds(1), backoff.after(2));
        assertEquals(Duration.ofSeconds(2), backoff.after(3));
        assertEquals(Duration.ofSeconds(4), backoff.after(4));
        assertEquals(Duration.ofSeconds(4), backoff.after(5));
        assertEquals(Duration.ofSeconds(4), backoff.after(1000), "no overflow after many failures");
    }
}
