package de.sprechstunde.core.concurrent;

import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The one way the bot makes background threads: named (so thread dumps say whose they are) and
 * daemon, so no background work keeps the JVM alive after {@code main} returns or a shutdown hook
 * ran. Every module uses it; nothing calls {@code setDaemon} itself.
 */
public final class DaemonThreads {

    private DaemonThreads() {
    }

    /** Threads that all carry {@code name}, for single-thread executors and small pools. */
    public static ThreadFactory named(String name) {
        return runnable -> daemon(runnable, name);
    }

    /** Threads named {@code prefix} followed by 1, 2, 3, … */
    public static ThreadFactory numbered(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> daemon(runnable, prefix + count.incrementAndGet());
    }

    /** Starts {@code task} on a new daemon thread called {@code name}. */
    public static Thread start(String name, Runnable task) {
        Thread thread = daemon(task, name);
        thread.start();
        return thread;
    }

    private static Thread daemon(Runnable runnable, String name) {
        Thread thread = new Thread(runnable, name);
        thread.setDaemon(true);
        return thread;
    }
}
