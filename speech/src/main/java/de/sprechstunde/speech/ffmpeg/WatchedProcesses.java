package de.sprechstunde.speech.ffmpeg;

import de.sprechstunde.speech.process.ProcessDeadlines;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import net.bramp.ffmpeg.ProcessFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts ffmpeg and ffprobe for ffmpeg-cli-wrapper with a deadline: a process still running when
 * its time is up is killed, and the call fails with {@link ProcessTimedOutException}. The wrapper
 * runs processes on the calling thread, so the deadline of the current call travels in a
 * thread-local. Thread-safe.
 */
final class WatchedProcesses implements ProcessFunction, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(WatchedProcesses.class);

    /** One wrapper call that may start processes. */
    @FunctionalInterface
    interface Call<T> {
        T run() throws IOException;
    }

    private static final class Watch {
        final Duration timeout;
        final boolean quiet;
        volatile Process process;
        volatile boolean killed;

        Watch(Duration timeout, boolean quiet) {
            this.timeout = timeout;
            this.quiet = quiet;
        }
    }

    private final ProcessDeadlines deadlines = new ProcessDeadlines("ffmpeg-deadline");
    private final ThreadLocal<Watch> current = new ThreadLocal<>();

    @Override
    public Process run(List<String> args) throws IOException {
        log.debug("starting {}", args);
        Watch watch = current.get();
        Process started = new ProcessBuilder(args).redirectErrorStream(true).start();
        if (watch == null) {
            // the wrapper's own start-up calls (-version) outside a watched call
            return new QuietProcess(started);
        }
        deadlines.watch(started, watch.timeout, () -> watch.killed = true);
        Process process = watch.quiet ? new QuietProcess(started) : started;
        watch.process = process;
        return process;
    }

    /**
     * Runs one wrapper call under a deadline.
     *
     * @param quiet whether the process output is kept from the wrapper (which would print it);
     *              false when the wrapper parses it (ffprobe's JSON)
     * @throws ProcessTimedOutException when the deadline killed the process
     * @throws ProcessFailedException   when the process ended with an error
     * @throws IOException              when the process could not be started
     */
    <T> T watched(Duration timeout, boolean quiet, Call<T> call) throws IOException {
        return watched(new Watch(timeout, quiet), call);
    }

    /**
     * Runs one wrapper call under a deadline with its output kept from the wrapper, as
     * {@link #watched} does, and returns the last few kilobytes the process wrote.
     */
    String quietOutput(Duration timeout, Call<?> call) throws IOException {
        Watch watch = new Watch(timeout, true);
        watched(watch, call);
        return watch.process instanceof QuietProcess quiet ? quiet.output() : "";
    }

    private <T> T watched(Watch watch, Call<T> call) throws IOException {
        Duration timeout = watch.timeout;
        current.set(watch);
        try {
            return call.run();
        } catch (IOException | RuntimeException e) {
            // the wrapper also fails with runtime exceptions, e.g. gson on a cut-off ffprobe answer
            if (watch.killed) {
                throw new ProcessTimedOutException("killed after " + timeout.toMillis() + " ms");
            }
            if (watch.process == null) {
                throw e instanceof IOException io ? io : new IOException(e.getMessage(), e);
            }
            if (endedWell(watch.process, timeout)) {
                // the wrapper waits only one second for the exit after the output closes; on a
                // loaded machine that can be too short for a process that then ends well
                return null;
            }
            String output = watch.process instanceof QuietProcess quietProcess ? quietProcess.output() : "";
            throw new ProcessFailedException(e.getMessage(), output);
        } finally {
            current.remove();
        }
    }

    private static boolean endedWell(Process process, Duration timeout) {
        try {
            return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS) && process.exitValue() == 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            return false;
        }
    }

    /** The deadlines of this transcoder's processes, for runs outside the wrapper. */
    ProcessDeadlines deadlines() {
        return deadlines;
    }

    @Override
    public void close() {
        deadlines.close();
    }
}
