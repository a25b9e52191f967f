package de.sprechstunde.telegram.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.sprechstunde.core.testing.MutableClock;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Telegram's limits as budgets, on an injected clock: nothing here sleeps. */
class FloodControlTest {

    private static final Optional<Long> LENA = Optional.of(4242L);
    private static final Optional<Long> GROUP = Optional.of(-100777L);

    private final MutableClock clock = MutableClock.startingAt("2026-12-02T10:00:00Z");
    private final FloodControl flood = new FloodControl(clock, Duration.ofSeconds(1), Duration.ofSeconds(3), 30);

    @Test
    void aLearnersFirstReplyLeavesAtOnce() {
        assertEquals(Duration.ZERO, flood.wait(Traffic.MESSAGE, LENA));
    }

    @Test
    void aPrivateChatGetsABurstOfThreeThenOneMessageASecond() {
        for (int i = 0; i < 3; i++) {
            assertEquals(Duration.ZERO, send(Traffic.MESSAGE, LENA), "message " + (i + 1) + " of the burst");
        }
        assertEquals(Duration.ofSeconds(1), flood.wait(Traffic.MESSAGE, LENA));
        assertEquals(Duration.ZERO, flood.wait(Traffic.MESSAGE, Optional.of(5151L)), "other chats have their own budget");

        clock.advance(Duration.ofSeconds(1));
        assertEquals(Duration.ZERO, send(Traffic.MESSAGE, LENA));
        assertEquals(Duration.ofSeconds(1), flood.wait(Traffic.MESSAGE, LENA));
    }

    @Test
    void sustainedSendingInOneChatSettlesAtOneMessageASecond() {
        int sent = sendAsOftenAsAllowed(LENA, Duration.ofSeconds(10), Duration.ofMillis(10));
        // ten seconds: the burst of three, then one a second
        assertEquals(3 + 10, sent, 1);
    }

    @Test
    void aGroupNeverGetsMoreThanTwentyMessagesInAnyMinute() {
        int sent = sendAsOftenAsAllowed(GROUP, Duration.ofMinutes(1), Duration.ofMillis(100));
        assertTrue(sent <= 20 && sent >= 19, sent + " messages in the first minute");
        assertEquals(Duration.ZERO, flood.wait(Traffic.MESSAGE, Optional.of(-100888L)), "a group's first reply leaves at once");
    }

    @Test
    void atMostTwentyNineCallsGoInAnyWindowOfOneSecond() {
        int sent = 0;
        for (long chat = 1; chat <= 40; chat++) {
            if (send(Traffic.MESSAGE, Optional.of(chat)).isZero()) {
                sent++;
            }
            clock.advance(Duration.ofMillis(10));
        }
        assertEquals(29, sent);
        // the first call came back at 0 ms, and the clock is at 400 ms
        assertEquals(Duration.ofMillis(600), flood.wait(Traffic.MESSAGE, Optional.of(41L)));
        clock.advance(Duration.ofMillis(600));
        assertEquals(Duration.ZERO, flood.wait(Traffic.MESSAGE, Optional.of(41L)));
    }

    @Test
    void theOverallWindowSlidesInsteadOfStartingAfreshEachSecond() {
        clock.advance(Duration.ofMillis(900));
        for (long chat = 1; chat <= 29; chat++) {
            send(Traffic.MESSAGE, Optional.of(chat));
        }
        // a fixed window would open anew at 1000 ms; the sliding one waits until 1900 ms
        clock.advance(Duration.ofMillis(150));
        assertEquals(Duration.ofMillis(850), flood.wait(Traffic.MESSAGE, Optional.of(99L)));
    }

    @Test
    void aCallHoldsItsPlaceUntilASecondAfterItsAnswerCameBack() {
        for (long chat = 1; chat <= 29; chat++) {
            flood.sent(Traffic.MESSAGE, Optional.of(chat));
        }
        clock.advance(Duration.ofMillis(300));
        assertEquals(Duration.ofSeconds(1), flood.wait(Traffic.MESSAGE, Optional.of(99L)), "all still on their way");
        flood.ended();
        clock.advance(Duration.ofMillis(999));
        assertEquals(Duration.ofMillis(1), flood.wait(Traffic.MESSAGE, Optional.of(99L)));
        clock.advance(Duration.ofMillis(1));
        assertEquals(Duration.ZERO, flood.wait(Traffic.MESSAGE, Optional.of(99L)));
    }

    @Test
    void optionalTrafficIsShedWhileAnswersUseTheOverallBudget() {
        for (long chat = 1; chat <= 20; chat++) {
            send(Traffic.MESSAGE, Optional.of(chat));
        }
        // twenty answers in the window: the next second's twenty need their places (29 - 5 - 20 = 4 < 20)
        int optional = 0;
        for (long chat = 21; chat <= 40; chat++) {
            if (send(Traffic.ACTION, Optional.of(chat)).isZero()) {
                optional++;
            }
        }
        assertEquals(0, optional);
        for (long chat = 41; chat <= 49; chat++) {
            assertEquals(Duration.ZERO, send(Traffic.MESSAGE, Optional.of(chat)), "answers up to the limit still go at once");
        }
        assertFalse(flood.wait(Traffic.DRAFT, Optional.of(50L)).isZero());
    }

    @Test
    void atAFewAnswersASecondOptionalTrafficUsesWhatTheyLeave() {
        for (long chat = 1; chat <= 5; chat++) {
            send(Traffic.MESSAGE, Optional.of(chat));
        }
        // five answers in the window: optional traffic may fill it to min(14 + 5, 29 - 5 - 5) = 19 calls
        int optional = 0;
        for (long chat = 21; chat <= 40; chat++) {
            if (send(Traffic.ACTION, Optional.of(chat)).isZero()) {
                optional++;
            }
        }
        assertEquals(14, optional);
        for (long chat = 41; chat <= 50; chat++) {
            assertEquals(Duration.ZERO, send(Traffic.MESSAGE, Optional.of(chat)), "ten answers more still go at once");
        }
    }

    @Test
    void optionalTrafficGetsAtMostHalfTheOverallBudgetWhenNoAnswersAreSent() {
        int optional = 0;
        for (long chat = 1; chat <= 30; chat++) {
            if (send(Traffic.ACTION, Optional.of(chat)).isZero()) {
                optional++;
            }
        }
        assertEquals(14, optional);
        assertEquals(Duration.ZERO, flood.wait(Traffic.MESSAGE, LENA));
        assertFalse(flood.wait(Traffic.DRAFT, LENA).isZero());
    }

    @Test
    void chatActionsAndDraftsStayOutsideTheChatsMessageBudget() {
        for (int i = 0; i < 3; i++) {
            send(Traffic.MESSAGE, LENA);
        }
        assertEquals(Duration.ZERO, flood.wait(Traffic.ACTION, LENA));
        assertEquals(Duration.ZERO, send(Traffic.DRAFT, LENA));
        assertEquals(FloodControl.DRAFT_INTERVAL, flood.wait(Traffic.DRAFT, LENA), "drafts have their own cadence");
        clock.advance(FloodControl.DRAFT_INTERVAL);
        assertEquals(Duration.ZERO, flood.wait(Traffic.DRAFT, LENA));
    }

    @Test
    void anInterimStreamEditLeavesOneTokenForTheFinalText() {
        send(Traffic.MESSAGE, LENA);
        assertEquals(Duration.ZERO, send(Traffic.STREAM_EDIT, LENA));
        assertEquals(Duration.ofSeconds(1), flood.wait(Traffic.STREAM_EDIT, LENA), "the last token is the final text's");
        assertEquals(Duration.ZERO, flood.wait(Traffic.MESSAGE, LENA));
    }

    @Test
    void retryAfterHoldsTheChatOrEverything() {
        flood.hold(LENA, Duration.ofSeconds(5));
        assertTrue(flood.held(4242));
        assertEquals(Duration.ofSeconds(5), flood.wait(Traffic.MESSAGE, LENA));
        assertEquals(Duration.ofSeconds(5), flood.wait(Traffic.DRAFT, LENA));
        assertEquals(Duration.ZERO, flood.wait(Traffic.MESSAGE, Optional.of(5151L)), "other chats are not held");

        flood.hold(Optional.empty(), Duration.ofSeconds(2));
        assertEquals(Duration.ofSeconds(2), flood.wait(Traffic.MESSAGE, Optional.of(5151L)));
        assertEquals(Duration.ofSeconds(2), flood.wait(Traffic.CALL, Optional.empty()));

        clock.advance(Duration.ofSeconds(5));
        assertFalse(flood.held(4242));
        assertEquals(Duration.ZERO, flood.wait(Traffic.MESSAGE, LENA));
    }

    /** Tries a message every {@code tick} for {@code length}; returns how many went. */
    private int sendAsOftenAsAllowed(Optional<Long> chat, Duration length, Duration tick) {
        int sent = 0;
        for (Duration elapsed = Duration.ZERO; elapsed.compareTo(length) < 0; elapsed = elapsed.plus(tick)) {
            if (send(Traffic.MESSAGE, chat).isZero()) {
                sent++;
            }
            clock.advance(tick);
        }
        return sent;
    }

    private Duration send(Traffic traffic, Optional<Long> chat) {
        Duration wait = flood.wait(traffic, chat);
        if (wait.isZero()) {
            flood.sent(traffic, chat);
            flood.ended();
        }
        return wait;
    }
}
