package de.sprechstunde.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.sprechstunde.telegram.fake.FakeBotApi;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Start-up as an operator sees it: the real {@code main} in its own JVM. */
class MainTest {

    @TempDir
    Path workDir;

    private record Run(int exitCode, String stderr) {
    }

    private Run runMain(Map<String, String> env) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), Main.class.getName())
                .directory(workDir.toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("OLLAMA") || name.startsWith("TELEGRAM")
                || name.startsWith("DISCORD") || name.startsWith("REDIS") || name.startsWith("MONGODB"));
        builder.environment().putAll(env);
        Process process = builder.start();
        process.getOutputStream().close();
        String stderr = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("main did not stop");
        }
        return new Run(process.exitValue(), stderr);
    }

    @Test
    void aBadValueStopsStartUpWithOneLineNamingTheVariable() throws Exception {
        Run run = runMain(Map.of("RATE_LIMIT_PER_MINUTE", "30", "HTTP_PORT", "eighty"));

        assertEquals(2, run.exitCode());
        assertEquals(List.of("Configuration error: HTTP_PORT: must be a whole number (got 'eighty')"), run.stderr().lines().toList());
    }

    @Test
    void aBadTokenLikeValueNeverAppearsInTheError() throws Exception {
        Run run = runMain(Map.of("OLLAMA_HOST", "ftp://123456:SECRET-TOKEN@example"));

        assertEquals(2, run.exitCode());
        assertFalse(run.stderr().contains("SECRET-TOKEN"), run.stderr());
    }

    @Test
    void withJsonLogsEachLineOnStderrIsOneJsonObjectWithoutSecrets() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // the shipped logback.xml, not the tests' logback-test.xml that the test classpath also holds
        ProcessBuilder builder = new ProcessBuilder(java, "-Dlogback.configurationFile=logback.xml",
                "-cp", System.getProperty("java.class.path"), Main.class.getName())
                .directory(workDir.toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("TELEGRAM") || name.startsWith("DISCORD"));
        // a Telegram bot, so the log is not the console mode's warnings-only terminal
        FakeBotApi telegram = new FakeBotApi();
        builder.environment().putAll(Map.of("LOG_FORMAT", "json", "TELEGRAM_BOT_TOKEN", FakeBotApi.TOKEN,
                "TELEGRAM_API_URL", telegram.url().toString(), "TELEGRAM_POLL_TIMEOUT_SECONDS", "1",
                "OLLAMA_HOST", "http://127.0.0.1:9", "DATA_DIR", workDir.toString(), "HTTP_PORT", "0"));
        Process process = builder.start();
        BufferedReader stderr = new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8));
        try {
            // start-up logs a few lines (state, speech, grammar, Telegram connected)
            List<String> lines = CompletableFuture.supplyAsync(() -> stderr.lines().limit(3).toList()).get(60, TimeUnit.SECONDS);

            assertEquals(3, lines.size(), String.join("\n", lines));
            for (String line : lines) {
                assertTrue(line.startsWith("{") && line.endsWith("}"), line);
                assertTrue(line.contains("\"level\":\"") && line.contains("\"loggerName\":\"") && line.contains("\"message\":\""), line);
                assertFalse(line.contains(FakeBotApi.TOKEN.substring(FakeBotApi.TOKEN.indexOf(':'))), line);
            }
        } finally {
            // the process first: closing the reader while a read blocks on it would wait for that read
            process.destroyForcibly().waitFor(60, TimeUnit.SECONDS);
            stderr.close();
            telegram.close();
        }
    }
}
