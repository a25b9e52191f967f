package de.sprechstunde.bench.multiged;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/** Runs one check per sentence on a few threads and returns the results in sentence order. */
public final class Parallel {

    private Parallel() {
    }

    public static <T> List<T> map(List<LabelledSentence> sentences, int threads, Function<String, T> check) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (LabelledSentence sentence : sentences) {
                futures.add(pool.submit(() -> check.apply(sentence.text())));
            }
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
