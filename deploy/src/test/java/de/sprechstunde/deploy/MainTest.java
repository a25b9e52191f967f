package de.sprechstunde.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
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
}
