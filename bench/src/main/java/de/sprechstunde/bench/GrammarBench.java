package de.sprechstunde.bench;

import de.sprechstunde.core.learner.CefrLevel;
import de.sprechstunde.grammar.GrammarSettings;
import de.sprechstunde.grammar.LanguageToolChecker;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Grammar check latency per sentence after warm-up (p50/p99), warm-up time, throughput with two
 * threads, and the heap the checker adds. Run on demand:
 * {@code java -Xmx1g -cp bench/target/bench.jar de.sprechstunde.bench.GrammarBench [poolSize] [rounds]}.
 */
public final class GrammarBench {

    private static final List<String> SENTENCES = List.of(
            "Gestern ich bin ins Kino gegangen.", "Ich kann nicht kommen, weil ich bin krank.",
            "Ich habe ein Hund.", "Ich fahre mit mein Freund nach Berlin.", "Die Tisch ist groß.",
            "Das ist ein gute Freund.", "Ich habe das Buch gelest.", "Ich habe nach Berlin gefahren.",
            "Er ist größer als mich.", "Ich habe zwei Buchs.", "Wir gehen heute in der Park.",
            "Ich weiß nicht, wann beginnt der Kurs.", "Heute habe ich keine Zeit.", "Was machst du am Wochenende?",
            "Ich lerne seit drei Monaten Deutsch, weil ich in Wien arbeiten will.", "Mir geht es gut, danke!",
            "Meine Schwester und ich gehen heute schwimmen.", "Der alte Mann wohnt in einem kleinen Haus.",
            "Am Wochenende fahren wir mit dem Zug nach Hamburg und besuchen meine Großeltern.",
            "ich bin müde", "Kannst du mir sagen, wo der Bahnhof ist?", "Das Essen war lecker, aber zu teuer.",
            "Wenn ich Zeit habe, ich lese ein Buch.", "Sie hat drei Katze und zwei Hunde.");

    private GrammarBench() {
    }

    public static void main(String[] args) throws Exception {
        int poolSize = args.length > 0 ? Integer.parseInt(args[0]) : 2;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        long heapBefore = usedHeap();
        long started = System.nanoTime();
        LanguageToolChecker checker = LanguageToolChecker.start(GrammarSettings.defaults().withPoolSize(poolSize));
        if (!checker.awaitReady(Duration.ofMinutes(10))) {
            throw new IllegalStateException("checker did not become ready: " + checker.health());
        }
        long warmUpMs = (System.nanoTime() - started) / 1_000_000;
        long heapWarm = usedHeap();

        for (String sentence : SENTENCES) {
            checker.check(sentence, CefrLevel.A2);
        }
        List<Long> nanos = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            for (String sentence : SENTENCES) {
                long t0 = System.nanoTime();
                checker.check(sentence, CefrLevel.A2);
                nanos.add(System.nanoTime() - t0);
            }
        }
        Collections.sort(nanos);
        double throughput = throughput(checker, poolSize, rounds);
        long heapAfter = usedHeap();
        checker.close();

        System.out.printf(Locale.ROOT, "pool size %d, %d checks, JVM max heap %d MB%n", poolSize, nanos.size(),
                Runtime.getRuntime().maxMemory() >> 20);
        System.out.printf(Locale.ROOT, "warm-up (build + first check of every instance): %d ms%n", warmUpMs);
        System.out.printf(Locale.ROOT, "latency per sentence: p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                ms(percentile(nanos, 50)), ms(percentile(nanos, 90)), ms(percentile(nanos, 99)), ms(nanos.get(nanos.size() - 1)));
        System.out.printf(Locale.ROOT, "throughput with %d threads: %.0f sentences/s%n", poolSize, throughput);
        System.out.printf(Locale.ROOT, "heap used: before %d MB, after warm-up %d MB (+%d MB), after the run %d MB%n",
                heapBefore >> 20, heapWarm >> 20, (heapWarm - heapBefore) >> 20, heapAfter >> 20);
    }

    private static double throughput(LanguageToolChecker checker, int threads, int rounds) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            long t0 = System.nanoTime();
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                futures.add(pool.submit(() -> {
                    for (int round = 0; round < rounds / 2 + 1; round++) {
                        SENTENCES.forEach(s -> checker.check(s, CefrLevel.A2));
                    }
                }));
            }
            for (Future<?> future : futures) {
                future.get();
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            return threads * (rounds / 2 + 1) * SENTENCES.size() / seconds;
        } finally {
            pool.shutdownNow();
        }
    }

    private static long percentile(List<Long> sorted, int p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }

    private static long usedHeap() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
        }
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
