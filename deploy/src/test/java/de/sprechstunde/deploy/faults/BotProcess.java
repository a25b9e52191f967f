package de.sprechstunde.deploy.faults;

import de.sprechstunde.deploy.Main;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The bot's real {@code main} in a JVM of its own, on the test's classpath, with only the
 * environment the test gives it (no OLLAMA_*, TELEGRAM_*, … of the machine's). Its output goes to
 * a log file, shown when a test fails. {@link #kill} is {@code kill -9}: no shutdown hook runs.
 */
final class BotProcess implements AutoCloseable {

    private static final String[] INHERITED_PREFIXES = {"OLLAMA", "TELEGRAM", "DISCORD", "REDIS", "MONGODB", "WHISPER", "PIPER",
            "DELIVERY", "INSTANCE", "DATA_DIR", "HTTP_PORT"};

    private final Process process;
    private final Path log;

    private BotProcess(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    static BotProcess start(Map<String, String> env, Path workDir, String name) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path log = workDir.resolve(name + ".log");
        ProcessBuilder builder = new ProcessBuilder(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                Main.class.getName())
                .directory(workDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().keySet().removeIf(variable -> {
            for (String prefix : INHERITED_PREFIXES) {
                if (variable.startsWith(prefix)) {
                    return true;
                }
            }
            return false;
        });
        builder.environment().putAll(env);
        try {
            Process process = builder.start();
            process.getOutputStream().close();
            return new BotProcess(process, log);
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the bot's JVM", e);
        }
    }

    /** SIGKILL on Linux: the JVM ends at once, with no shutdown hook and no flush. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            throw new AssertionError("the bot's JVM survived kill -9");
        }
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** What the process printed so far (its log), for failure messages. */
    String output() {
        try {
            return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            return "(log unreadable: " + e + ")";
        }
    }

    /** Stops it the way an operator does (SIGTERM, the shutdown hook runs), then forcibly if it hangs. */
    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                kill();
            }
        }
    }
}
