package de.sprechstunde.bench;

import ch.qos.logback.classic.Level;
import de.sprechstunde.core.learner.LearnerId;
import de.sprechstunde.core.learner.Platform;
import de.sprechstunde.core.message.ChatAddress;
import de.sprechstunde.core.message.IncomingMessage;
import de.sprechstunde.core.message.MessageContent;
import de.sprechstunde.core.message.MessageKey;
import de.sprechstunde.core.port.CacheKind;
import de.sprechstunde.core.port.RateBudget;
import de.sprechstunde.deploy.state.StateBackend;
import de.sprechstunde.deploy.state.StateSettings;
import de.sprechstunde.redis.RedisConnections;
import de.sprechstunde.redis.RedisSettings;
import io.lettuce.core.KeyScanCursor;
import io.lettuce.core.ScanArgs;
import io.lettuce.core.ScanCursor;
import io.lettuce.core.cluster.api.sync.RedisClusterCommands;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The state paths every message takes, against a real Redis, beside the raw round trip as the
 * floor: a PING loop, the response-cache hit, the rate-limit check and the dedupe check, each
 * through the ports exactly as the bot wires them ({@link StateBackend}), sequentially from one
 * thread, so the figures are latencies. Target: each path within 2x the PING floor.
 *
 * <p>Run: {@code java -cp bench/target/bench.jar de.sprechstunde.bench.RedisBench [redis-url] [iterations]};
 * defaults {@code redis://127.0.0.1:6379} and 20000. Writes only under a unique key prefix and deletes it afterwards.
 */
public final class RedisBench {

    private RedisBench() {
    }

    public static void main(String[] args) throws Exception {
        // the clients log every command at DEBUG, which would be measured too
        ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME)).setLevel(Level.WARN);
        String url = args.length > 0 ? args[0] : "redis://127.0.0.1:6379";
        int iterations = args.length > 1 ? Integer.parseInt(args[1]) : 20_000;
        String prefix = "bench:" + UUID.randomUUID() + ":";
        Path dataDir = Files.createTempDirectory("redis-bench");
        StateSettings settings = StateSettings.defaults(dataDir)
                .withRedis(RedisSettings.of(url).withKeyPrefix(prefix))
                .withRateLimits(Integer.MAX_VALUE - 1, 6);
        try (StateBackend state = StateBackend.connect(settings, Clock.systemUTC(), new SimpleMeterRegistry());
             RedisConnections raw = new RedisConnections(RedisSettings.of(url).withKeyPrefix(prefix))) {
            awaitCached(state);
            LearnerId learner = new LearnerId(Platform.TELEGRAM, "bench");
            long[] counter = {0};

            Runnable ping = () -> raw.commands().ping();
            Runnable cacheHit = () -> {
                if (state.responseCache().get(CacheKind.CONVERSATION, "bench-key").isEmpty()) {
                    throw new IllegalStateException("expected a cache hit");
                }
            };
            Runnable rateLimit = () -> state.rateLimiter().tryAcquire(learner, RateBudget.TEXT);
            Runnable dedupe = () -> {
                if (!state.ledger().accept(message(learner, counter[0]++))) {
                    throw new IllegalStateException("expected a first delivery");
                }
            };

            // warm-up: JIT, connections, script cache
            for (Runnable path : new Runnable[] {ping, cacheHit, rateLimit, dedupe}) {
                measure(path, Math.min(iterations, 5_000));
            }
            long[] floor = measure(ping, iterations);
            System.out.printf(Locale.ROOT, "Redis %s, %d iterations per path, one thread%n", redact(url), iterations);
            System.out.printf(Locale.ROOT, "| path | p50 µs | p99 µs | p50 / floor | p99 / floor |%n| --- | --- | --- | --- | --- |%n");
            report("raw round trip (PING, the floor)", floor, floor);
            report("response cache hit (GET)", measure(cacheHit, iterations), floor);
            report("rate-limit check (Lua INCR/PEXPIRE/PTTL)", measure(rateLimit, iterations), floor);
            report("dedupe check (Lua SET NX PX + HSET)", measure(dedupe, iterations), floor);
            cleanUp(raw.commands(), prefix);
        }
    }

    /** Stores the cached answer, retrying while the lazy connection is still being made. */
    private static void awaitCached(StateBackend state) throws InterruptedException {
        for (int attempt = 0; attempt < 100; attempt++) {
            state.responseCache().put(CacheKind.CONVERSATION, "bench-key", "Hallo! Schön, dich zu sehen. Wie war dein Tag?");
            if (state.responseCache().get(CacheKind.CONVERSATION, "bench-key").isPresent()) {
                return;
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("Redis did not answer; is it running?");
    }

    private static IncomingMessage message(LearnerId learner, long id) {
        return new IncomingMessage(new MessageKey(Platform.TELEGRAM, "bench", Long.toString(id)),
                ChatAddress.direct(Platform.TELEGRAM, "bench"), learner, "Bench", new MessageContent.Text("Hallo " + id),
                Instant.now());
    }

    private static long[] measure(Runnable path, int iterations) {
        long[] nanos = new long[iterations];
        for (int i = 0; i < iterations; i++) {
            long start = System.nanoTime();
            path.run();
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        return nanos;
    }

    private static void report(String name, long[] sorted, long[] floor) {
        System.out.printf(Locale.ROOT, "| %s | %.1f | %.1f | %.2f | %.2f |%n", name, micros(sorted, 0.50), micros(sorted, 0.99),
                micros(sorted, 0.50) / micros(floor, 0.50), micros(sorted, 0.99) / micros(floor, 0.99));
    }

    private static double micros(long[] sorted, double percentile) {
        return sorted[(int) Math.min(sorted.length - 1, Math.round(percentile * (sorted.length - 1)))] / 1000.0;
    }

    private static void cleanUp(RedisClusterCommands<String, byte[]> commands, String prefix) {
        ScanCursor cursor = ScanCursor.INITIAL;
        do {
            KeyScanCursor<String> page = commands.scan(cursor, ScanArgs.Builder.matches(prefix + "*").limit(1000));
            if (!page.getKeys().isEmpty()) {
                commands.del(page.getKeys().toArray(String[]::new));
            }
            cursor = page;
        } while (!cursor.isFinished());
    }

    private static String redact(String url) {
        return url.replaceAll("//[^@/]*@", "//****@");
    }
}
