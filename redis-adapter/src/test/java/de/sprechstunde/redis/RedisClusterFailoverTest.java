package de.sprechstunde.redis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.sprechstunde.core.learner.Platform;
import de.sprechstunde.core.message.IncomingMessage;
import de.sprechstunde.core.port.DailyCounters;
import de.sprechstunde.core.port.MessageLedger;
import de.sprechstunde.core.port.RateBudget;
import de.sprechstunde.core.port.RateLimiter;
import de.sprechstunde.core.testing.Messages;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A manual failover of one master ({@code CLUSTER FAILOVER} on its replica) while messages flow
 * through the ledger, the rate limiter and the daily counters: every message is accepted exactly
 * once, every redelivery recognised, nothing is left pending and no count is lost.
 */
class RedisClusterFailoverTest {

    private static final int CHATS = 40;
    private static final int WORKERS = 4;
    private static final int AFTER_FAILOVER = 300;

    @RegisterExtension
    static final RunningRedis REDIS = RunningRedis.cluster("test:failover:");

    @Test
    void noMessageIsLostOrAcceptedTwiceWhileAMasterFailsOver() throws Exception {
        RedisBackend redis = REDIS.backend();
        LocalRedisCluster cluster = REDIS.setup();
        MessageLedger ledger = redis.ledger("instance-a", Duration.ofMinutes(10));
        RateLimiter limiter = redis.rateLimiter(Map.of(RateBudget.TEXT, 1_000_000, RateBudget.VOICE, 1), Duration.ofMinutes(10));
        DailyCounters counters = redis.dailyCounters();
        LocalDate today = LocalDate.of(2026, 12, 2);
        List<Messages> learners = IntStream.range(0, CHATS).mapToObj(i -> new Messages(Platform.TELEGRAM, "learner-" + i)).toList();
        Map<String, Integer> acceptedPerMessage = new ConcurrentHashMap<>();
        ConcurrentLinkedQueue<IncomingMessage> handled = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
        AtomicInteger sequence = new AtomicInteger();
        AtomicInteger afterFailover = new AtomicInteger(-1);
        AtomicBoolean stop = new AtomicBoolean();

        ExecutorService workers = Executors.newFixedThreadPool(WORKERS);
        List<Future<?>> running = new ArrayList<>();
        for (int w = 0; w < WORKERS; w++) {
            running.add(workers.submit(() -> {
                while (!stop.get()) {
                    int n = sequence.incrementAndGet();
                    IncomingMessage message = learners.get(n % CHATS).text(Integer.toString(n), "Nachricht " + n);
                    try {
                        if (ledger.accept(message)) {
                            acceptedPerMessage.merge(message.key().asString(), 1, Integer::sum);
                        }
                        if (ledger.accept(message)) {
                            acceptedPerMessage.merge(message.key().asString(), 1, Integer::sum);
                        }
                        limiter.tryAcquire(message.sender(), RateBudget.TEXT);
                        counters.increment("messages", today);
                        ledger.answered(message.key());
                        handled.add(message);
                    } catch (RuntimeException e) {
                        failures.add(e);
                    }
                    if (afterFailover.get() >= 0 && afterFailover.incrementAndGet() >= AFTER_FAILOVER) {
                        stop.set(true);
                    }
                }
            }));
        }

        try {
            awaitHandled(handled, 200);
            Node replica = aReplica(cluster);
            cluster.failOverTo(replica.port());
            cluster.awaitOutput(replica.masterPort(), "slave", "ROLE");
            afterFailover.set(0);
            for (Future<?> worker : running) {
                worker.get(2, TimeUnit.MINUTES);
            }
        } finally {
            stop.set(true);
            workers.shutdown();
        }

        assertEquals(List.of(), List.copyOf(failures), "every command succeeded through the failover");
        assertEquals(handled.size(), acceptedPerMessage.size(), "every message was accepted");
        assertTrue(acceptedPerMessage.values().stream().allMatch(count -> count == 1), "no message was accepted twice");
        for (IncomingMessage message : handled) {
            assertFalse(ledger.accept(message), "a redelivery after the failover is still recognised: " + message.key());
        }
        assertEquals(List.of(), ledger.pending(Platform.TELEGRAM), "nothing is left pending");
        assertEquals((long) handled.size(), counters.lastDays("messages", today, 1).get(today), "no count was lost");
        assertTrue(handled.size() > 200 + AFTER_FAILOVER - WORKERS);
    }

    private static void awaitHandled(ConcurrentLinkedQueue<IncomingMessage> handled, int count) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
        while (handled.size() < count) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("only " + handled.size() + " messages flowed before the failover");
            }
            Thread.sleep(20);
        }
    }

    /** A replica and the port of its master, from {@code CLUSTER NODES}. */
    private static Node aReplica(LocalRedisCluster cluster) throws Exception {
        List<String[]> nodes = cluster.cli(cluster.ports().get(0), "CLUSTER", "NODES").lines()
                .map(line -> line.split(" ")).toList();
        String[] replica = nodes.stream().filter(n -> n[2].contains("slave")).findFirst().orElseThrow();
        String[] master = nodes.stream().filter(n -> n[0].equals(replica[3])).findFirst().orElseThrow();
        return new Node(port(replica[1]), port(master[1]));
    }

    /** {@code 127.0.0.1:30001@40001} → 30001. */
    private static int port(String address) {
        return Integer.parseInt(address.substring(address.indexOf(':') + 1, address.indexOf('@')));
    }

    private record Node(int port, int masterPort) {
    }
}
