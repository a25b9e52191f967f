package de.sprechstunde.core.testing.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.sprechstunde.core.learner.LearnerId;
import de.sprechstunde.core.learner.Platform;
import de.sprechstunde.core.port.ReminderClaims;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

/**
 * What every {@link ReminderClaims} does; one subclass per implementation. {@link #otherInstance}
 * is a second instance's view of the same claims (for Redis: another client on the same server).
 */
public abstract class ReminderClaimsContract {

    protected abstract ReminderClaims claims();

    protected abstract ReminderClaims otherInstance();

    private final LearnerId lena = new LearnerId(Platform.TELEGRAM, "lena-" + UUID.randomUUID());
    private final Instant seven = Instant.parse("2026-11-27T18:00:00Z");

    @Test
    public void theFirstClaimOfAnOccurrenceWinsAndTheNextDayIsANewOne() {
        assertTrue(claims().claim(lena, seven));
        assertFalse(claims().claim(lena, seven));
        assertFalse(otherInstance().claim(lena, seven));
        assertTrue(otherInstance().claim(lena, seven.plusSeconds(86_400)));
    }

    @Test
    public void ofManyConcurrentClaimsExactlyOneWins() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<Boolean>> attempts = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            ReminderClaims side = i % 2 == 0 ? claims() : otherInstance();
            attempts.add(CompletableFuture.supplyAsync(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return side.claim(lena, seven);
            }, pool));
        }
        start.countDown();
        long won = attempts.stream().filter(CompletableFuture::join).count();
        pool.shutdown();

        assertEquals(1, won);
    }
}
