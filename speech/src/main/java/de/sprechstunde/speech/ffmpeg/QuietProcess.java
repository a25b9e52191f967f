package de.sprechstunde.speech.ffmpeg;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * A process whose output ffmpeg-cli-wrapper cannot print: 0.8.0 copies everything ffmpeg writes to
 * {@code System.out}. Reading this process's output drains the real output into a small buffer
 * (kept for error messages) and then reports the end, so the wrapper still waits for the process
 * to close its output, exactly as before, but prints nothing.
 */
final class QuietProcess extends Process {

    private static final int KEPT_BYTES = 4096;

    private final Process process;
    private final ByteArrayOutputStream tail = new ByteArrayOutputStream();
    private boolean drained;

    QuietProcess(Process process) {
        this.process = process;
    }

    /** The last few kilobytes the process wrote, for logs. */
    synchronized String output() {
        return tail.toString(StandardCharsets.UTF_8).strip();
    }

    private synchronized void drain() throws IOException {
        if (drained) {
            return;
        }
        drained = true;
        byte[] buffer = new byte[8192];
        InputStream in = process.getInputStream();
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            tail.write(buffer, 0, n);
            if (tail.size() > 2 * KEPT_BYTES) {
                byte[] all = tail.toByteArray();
                tail.reset();
                tail.write(all, all.length - KEPT_BYTES, KEPT_BYTES);
            }
        }
    }

    @Override
    public InputStream getInputStream() {
        return new InputStream() {
            @Override
            public int read() throws IOException {
                drain();
                return -1;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                drain();
                return -1;
            }
        };
    }

    @Override
    public OutputStream getOutputStream() {
        return process.getOutputStream();
    }

    @Override
    public InputStream getErrorStream() {
        return process.getErrorStream();
    }

    @Override
    public int waitFor() throws InterruptedException {
        return process.waitFor();
    }

    @Override
    public boolean waitFor(long timeout, TimeUnit unit) throws InterruptedException {
        return process.waitFor(timeout, unit);
    }

    @Override
    public int exitValue() {
        return process.exitValue();
    }

    @Override
    public void destroy() {
        process.destroy();
    }

    @Override
    public Process destroyForcibly() {
        return process.destroyForcibly();
    }

    @Override
    public boolean isAlive() {
        return process.isAlive();
    }

    @Override
    public long pid() {
        return process.pid();
    }

    @Override
    public CompletableFuture<Process> onExit() {
        return process.onExit().thenApply(p -> this);
    }

    @Override
    public ProcessHandle toHandle() {
        return process.toHandle();
    }
}
