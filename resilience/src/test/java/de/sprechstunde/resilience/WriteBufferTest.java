package de.sprechstunde.resilience;

import static org.junit.jupiter.api.Assertions.assertEquals;

import de.sprechstunde.core.testing.MutableClock;
import de.sprechstunde.resilience.Breaker;
import de.sprechstunde.resilience.WriteBuffer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WriteBufferTest {

    private final MutableClock clock = MutableClock.startingAt("2026-11-27T10:00:00Z");
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final Breaker breaker = new Breaker("store", Duration.ofSeconds(1), clock, meters);
    private final WriteBuffer buffer = new WriteBuffer(breaker, 3, meters);
    private final List<String> stored = new ArrayList<>();
    private boolean down = true;

    private Runnable write(String value) {
        return () -> {
            if (down) {
                throw new IllegalStateException("store down");
            }
            stored.add(value);
        };
    }

    @Test
    void writesWaitInOrderAndAreReplayedWhenTheStoreIsBack() {
        buffer.write("w", write("a"));
        buffer.write("w", write("b"));
        down = false;
        buffer.write("w", write("c")); // queues behind the earlier writes, though the store answers

        assertEquals(List.of(), stored);
        clock.advance(Duration.ofSeconds(2));
        assertEquals(3, buffer.drain());
        assertEquals(List.of("a", "b", "c"), stored);
    }

    @Test
    void aFullBufferDropsTheNewWriteAndCountsIt() {
        for (String value : List.of("a", "b", "c", "d")) {
            buffer.write("w", write(value));
        }

        assertEquals(3, buffer.size());
        assertEquals(1.0, meters.get("bot.state.writes.dropped").counter().count());
        down = false;
        clock.advance(Duration.ofSeconds(2));
        buffer.drain();
        assertEquals(List.of("a", "b", "c"), stored);
    }

    @Test
    void whileTheCoolDownLastsNothingIsTried() {
        buffer.write("w", write("a"));
        down = false;

        assertEquals(0, buffer.drain(), "still cooling down");
        clock.advance(Duration.ofSeconds(1));
        assertEquals(1, buffer.drain());
    }
}
