package de.sprechstunde.bench.load;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

/** Offers work at a fixed rate from one thread and measures each item from offer to completion. */
final class Paced {

    private Paced() {
    }

    /** @return nanoseconds from offering item i to its completion, for every item */
    static long[] offer(int perSecond, int total, IntFunction<CompletableFuture<?>> item) throws Exception {
        long[] nanos = new long[total];
        CompletableFuture<?>[] done = new CompletableFuture<?>[total];
        long start = System.nanoTime();
        for (int i = 0; i < total; i++) {
            Stats.sleepUntil(start + i * 1_000_000_000L / perSecond);
            int index = i;
            long sent = System.nanoTime();
            done[i] = item.apply(i).whenComplete((result, failure) -> nanos[index] = System.nanoTime() - sent);
        }
        CompletableFuture.allOf(done).get(60, TimeUnit.SECONDS);
        return nanos;
    }
}
