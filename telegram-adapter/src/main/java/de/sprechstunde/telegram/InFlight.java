package de.sprechstunde.telegram;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/**
 * Counts the messages handed to the tutor whose answers are not sent yet, so that closing the
 * adapter can wait for them before it closes the HTTP clients the answers go out on. Thread-safe.
 */
final class InFlight {

    private int pending;

    /** Counts {@code handling} until it completes, however it completes. */
    void track(CompletableFuture<?> handling) {
        synchronized (this) {
            pending++;
        }
        handling.whenComplete((result, error) -> done());
    }

    /** @return true when nothing was pending any more within {@code timeout} */
    synchronized boolean awaitIdle(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (pending > 0) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            wait(Math.max(1, left / 1_000_000));
        }
        return true;
    }

    synchronized int pending() {
        return pending;
    }

    private synchronized void done() {
        pending--;
        notifyAll();
    }
}
