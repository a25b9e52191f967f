package de.sprechstunde.core.tutor;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.function.Supplier;

/**
 * Runs tasks on a shared pool while keeping the tasks of one key (one chat) in order: a learner's
 * second message is handled after their first, while other learners are served in parallel.
 */
final class ChatSerialExecutor {

    private final ExecutorService pool;
    private final Map<Object, CompletableFuture<?>> tails = new ConcurrentHashMap<>();

    ChatSerialExecutor(ExecutorService pool) {
        this.pool = pool;
    }

    <T> CompletableFuture<T> submit(Object key, Supplier<T> task) {
        CompletableFuture<T> result = new CompletableFuture<>();
        tails.compute(key, (k, tail) -> {
            CompletableFuture<?> previous = tail == null ? CompletableFuture.completedFuture(null) : tail;
            CompletableFuture<T> next = previous.handle((value, error) -> null).thenApplyAsync(ignored -> task.get(), pool);
            next.whenComplete((value, error) -> {
                tails.remove(key, next);
                if (error != null) {
                    result.completeExceptionally(error);
                } else {
                    result.complete(value);
                }
            });
            return next;
        });
        return result;
    }
}
