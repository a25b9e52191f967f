package de.sprechstunde.core.pipeline;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.function.Supplier;

/**
 * Runs tasks on a shared pool while keeping the tasks of one key (one chat) in order: a learner's
 * second message is handled after their first, while other learners are served in parallel.
 */
final class ChatSerialExecutor {

    private static final CompletableFuture<Void> IDLE = CompletableFuture.completedFuture(null);

    private final ExecutorService pool;
    private final Map<Object, CompletableFuture<?>> tails = new HashMap<>();

    ChatSerialExecutor(ExecutorService pool) {
        this.pool = pool;
    }

    <T> CompletableFuture<T> submit(Object key, Supplier<T> task) {
        CompletableFuture<T> next;
        synchronized (tails) {
            CompletableFuture<?> previous = tails.getOrDefault(key, IDLE);
            next = previous.handle((value, error) -> null).thenApplyAsync(ignored -> task.get(), pool);
            tails.put(key, next);
        }
        // attached outside the lock: it may run at once on this thread when the task is already done
        next.whenComplete((value, error) -> {
            synchronized (tails) {
                tails.remove(key, next);
            }
        });
        return next;
    }
}
