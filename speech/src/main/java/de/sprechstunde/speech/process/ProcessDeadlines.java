package de.sprechstunde.speech.process;

import de.sprechstunde.core.concurrent.DaemonThreads;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Kills external processes (ffmpeg, ffprobe, espeak-ng) that outlive their deadline, from one
 * daemon thread. Thread-safe; close it with its owner.
 */
public final class ProcessDeadlines implements AutoCloseable {

    private final ScheduledExecutorService killer;

    public ProcessDeadlines(String threadName) {
        this.killer = Executors.newSingleThreadScheduledExecutor(DaemonThreads.named(threadName));
    }

    /**
     * Kills {@code process} if it still runs after {@code deadline}; {@code onKill} runs first, so the
     * caller can tell a kill from an ordinary failure. The watch ends by itself when the process exits.
     */
    public ScheduledFuture<?> watch(Process process, Duration deadline, Runnable onKill) {
        ScheduledFuture<?> kill = killer.schedule(() -> {
            if (process.isAlive()) {
                onKill.run();
                process.destroyForcibly();
            }
        }, deadline.toMillis(), TimeUnit.MILLISECONDS);
        process.onExit().thenRun(() -> kill.cancel(false));
        return kill;
    }

    @Override
    public void close() {
        killer.shutdownNow();
    }
}
