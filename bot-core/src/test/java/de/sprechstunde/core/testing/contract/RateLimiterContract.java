package de.sprechstunde.core.testing.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.sprechstunde.core.learner.LearnerId;
import de.sprechstunde.core.learner.Platform;
import de.sprechstunde.core.port.RateBudget;
import de.sprechstunde.core.port.RateDecision;
import de.sprechstunde.core.port.RateLimiter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** What every {@link RateLimiter} does; one subclass per implementation. */
public abstract class RateLimiterContract {

    /** A limiter with these budgets per {@code window}. */
    protected abstract RateLimiter limiter(Map<RateBudget, Integer> perWindow, Duration window);

    /** Lets more than {@code window} pass for limiters made by this test. */
    protected abstract void letPass(Duration window) throws InterruptedException;

    private final LearnerId lena = new LearnerId(Platform.TELEGRAM, "lena-" + UUID.randomUUID());
    private final LearnerId tom = new LearnerId(Platform.DISCORD, "tom-" + UUID.randomUUID());

    @Test
    public void exactlyTheBudgetIsAllowedAndOnlyTheFirstRefusalIsFlagged() {
        RateLimiter limiter = limiter(Map.of(RateBudget.TEXT, 3, RateBudget.VOICE, 1), Duration.ofMinutes(1));

        for (int i = 0; i < 3; i++) {
            assertInstanceOf(RateDecision.Allowed.class, limiter.tryAcquire(lena, RateBudget.TEXT));
        }
        RateDecision.Limited first = assertInstanceOf(RateDecision.Limited.class, limiter.tryAcquire(lena, RateBudget.TEXT));
        RateDecision.Limited second = assertInstanceOf(RateDecision.Limited.class, limiter.tryAcquire(lena, RateBudget.TEXT));

        assertTrue(first.firstRefusal());
        assertFalse(second.firstRefusal());
        assertTrue(!first.retryAfter().isNegative() && first.retryAfter().compareTo(Duration.ofMinutes(1)) <= 0,
                first.retryAfter().toString());
    }

    @Test
    public void textAndVoiceBudgetsAndLearnersAreApart() {
        RateLimiter limiter = limiter(Map.of(RateBudget.TEXT, 1, RateBudget.VOICE, 1), Duration.ofMinutes(1));

        assertInstanceOf(RateDecision.Allowed.class, limiter.tryAcquire(lena, RateBudget.TEXT));
        assertInstanceOf(RateDecision.Allowed.class, limiter.tryAcquire(lena, RateBudget.VOICE));
        assertInstanceOf(RateDecision.Allowed.class, limiter.tryAcquire(tom, RateBudget.TEXT));
        assertInstanceOf(RateDecision.Limited.class, limiter.tryAcquire(lena, RateBudget.TEXT));
        assertInstanceOf(RateDecision.Limited.class, limiter.tryAcquire(lena, RateBudget.VOICE));
    }

    @Test
    public void theBudgetIsBackWhenTheWindowHasPassed() throws InterruptedException {
        Duration window = Duration.ofMillis(500);
        RateLimiter limiter = limiter(Map.of(RateBudget.TEXT, 1, RateBudget.VOICE, 1), window);
        limiter.tryAcquire(lena, RateBudget.TEXT);
        limiter.tryAcquire(lena, RateBudget.TEXT);

        letPass(window);

        assertInstanceOf(RateDecision.Allowed.class, limiter.tryAcquire(lena, RateBudget.TEXT));
        RateDecision.Limited again = assertInstanceOf(RateDecision.Limited.class, limiter.tryAcquire(lena, RateBudget.TEXT));
        assertTrue(again.firstRefusal(), "a new window tells the learner again");
    }

    @Test
    public void underConcurrencyExactlyTheBudgetIsAllowed() throws Exception {
        RateLimiter limiter = limiter(Map.of(RateBudget.TEXT, 30, RateBudget.VOICE, 6), Duration.ofMinutes(1));
        int threads = 16;
        int callsEach = 10;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<List<RateDecision>>> futures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            futures.add(pool.submit(() -> {
                start.await();
                List<RateDecision> decisions = new ArrayList<>();
                for (int i = 0; i < callsEach; i++) {
                    decisions.add(limiter.tryAcquire(lena, RateBudget.TEXT));
                }
                return decisions;
            }));
        }
        start.countDown();
        List<RateDecision> all = new ArrayList<>();
        for (Future<List<RateDecision>> future : futures) {
            all.addAll(future.get(60, TimeUnit.SECONDS));
        }
        pool.shutdown();

        assertEquals(30, all.stream().filter(RateDecision.Allowed.class::isInstance).count());
        assertEquals(1, all.stream().filter(d -> d instanceof RateDecision.Limited l && l.firstRefusal()).count());
        assertEquals(threads * callsEach - 30, all.stream().filter(RateDecision.Limited.class::isInstance).count());
    }
}
