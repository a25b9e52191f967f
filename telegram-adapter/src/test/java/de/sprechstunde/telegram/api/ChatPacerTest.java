package de.sprechstunde.telegram.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.sprechstunde.core.testing.MutableClock;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ChatPacerTest {

    private final MutableClock clock = MutableClock.startingAt("2026-11-27T10:00:00Z");
    private final ChatPacer pacer = new ChatPacer(clock, Duration.ofSeconds(1), Duration.ofSeconds(3), 30);

    @Test
    void messagesInOneChatAreSpacedAndOtherChatsOnlyByTheOverallRate() {
        assertEquals(Duration.ZERO, pacer.reserve(4242));
        assertEquals(Duration.ofSeconds(1), pacer.reserve(4242));
        assertEquals(Duration.ZERO, pacer.reserve(5151));
        assertTrue(pacer.reserveCall().toMillis() < 100);
    }

    @Test
    void groupsAreSpacedMoreWidely() {
        pacer.reserve(-100L);
        assertEquals(Duration.ofSeconds(3), pacer.reserve(-100L));
    }

    @Test
    void anOptionalUpdateIsSkippedInsteadOfWaiting() {
        assertTrue(pacer.tryReserve(4242));
        assertFalse(pacer.tryReserve(4242));
        clock.advance(Duration.ofSeconds(1));
        assertTrue(pacer.tryReserve(4242));
    }

    @Test
    void retryAfterHoldsTheChatAndTheSpacingCountsFromTheEndOfACall() {
        pacer.hold(Optional.of(4242L), Duration.ofSeconds(2));
        assertTrue(pacer.held(4242));
        assertEquals(Duration.ofSeconds(2), pacer.reserve(4242));
        assertEquals(Duration.ofSeconds(2), pacer.pauseLeft(Optional.of(4242L)));
        assertEquals(Duration.ZERO, pacer.pauseLeft(Optional.of(5151L)));
        assertTrue(pacer.reserveCall().toMillis() < 100, "other chats are not held");

        clock.advance(Duration.ofSeconds(5));
        pacer.finished(4242);
        assertEquals(Duration.ofSeconds(1), pacer.reserve(4242));
    }

    @Test
    void thirtyCallsASecondAtMostOverall() {
        Duration wait = Duration.ZERO;
        for (int call = 1; call <= 31; call++) {
            wait = pacer.reserveCall();
        }
        assertEquals(1000, wait.toMillis(), 40);
    }
}
