package de.sprechstunde.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Checks the deployment files offline with the real tools: Debian's docker-compose validates the
 * compose file, Prometheus' promtool the scrape configuration. Both are installed by .ci/run.
 */
class DeploymentFilesTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    @Test
    void theComposeFileIsValid() throws Exception {
        Result result = run(List.of("docker-compose", "-f", ROOT.resolve("docker-compose.yml").toString(), "config", "-q"));

        assertEquals(0, result.exitCode(), result.output());
    }

    @Test
    void theComposeFileRunsTheWholeStackWithHealthchecks() throws IOException {
        String compose = Files.readString(ROOT.resolve("docker-compose.yml"));

        for (String service : List.of("bot:", "ollama:", "whisper:", "piper:", "redis:", "mongo:", "prometheus:", "grafana:")) {
            assertTrue(compose.contains("\n  " + service), "service " + service);
        }
        assertEquals(8, compose.split("healthcheck:", -1).length - 1, "every service has a healthcheck");
        assertTrue(compose.contains("OLLAMA_KEEP_ALIVE: 24h"));
        assertTrue(compose.contains("OLLAMA_NUM_PARALLEL: \"2\""));
        assertTrue(compose.contains("test: [\"CMD\", \"ollama\", \"list\"]"));
        assertTrue(compose.contains("start_period: 120s"));
        assertTrue(compose.contains("\"--appendonly\", \"yes\", \"--maxmemory\", \"512mb\", \"--maxmemory-policy\", \"allkeys-lru\", \"--save\", \"60\", \"1000\""));
    }

    @Test
    void theBotsHealthchecksWaitForReadyModelsNotJustTheProcess() throws IOException {
        String compose = Files.readString(ROOT.resolve("docker-compose.yml"));
        String dockerfile = Files.readString(ROOT.resolve("deploy/Dockerfile"));

        String bot = compose.substring(compose.indexOf("\n  bot:"), compose.indexOf("\n  ollama:"));
        assertTrue(bot.contains("test: [\"CMD\", \"curl\", \"-fsS\", \"http://localhost:8000/ready\"]"), bot);
        assertTrue(bot.contains("start_period: 300s"), "time for a model load: " + bot);
        assertTrue(dockerfile.contains("CMD curl -fsS http://localhost:8000/ready"), dockerfile);
        assertTrue(dockerfile.contains("--start-period=300s"), dockerfile);
    }

    @Test
    void thePrometheusConfigurationIsValid() throws Exception {
        Result result = run(List.of("promtool", "check", "config", ROOT.resolve("deploy/prometheus/prometheus.yml").toString()));

        assertEquals(0, result.exitCode(), result.output());
    }

    @Test
    void theAlertRulesAreValidAndEachFiresOnItsFaultInPromtoolsUnitTests() throws Exception {
        Path rules = ROOT.resolve("deploy/prometheus");
        Result check = run(List.of("promtool", "check", "rules", rules.resolve("alerts.yml").toString()));
        Result tests = run(List.of("sh", "-c", "cd '" + rules + "' && promtool test rules alerts-test.yml"));

        assertEquals(0, check.exitCode(), check.output());
        assertEquals(0, tests.exitCode(), tests.output());
        assertTrue(Files.readString(ROOT.resolve("docker-compose.yml")).contains("./deploy/prometheus/alerts.yml:/etc/prometheus/alerts.yml:ro"));
    }

    record Result(int exitCode, String output) {
    }

    static Result run(List<String> command) throws IOException, InterruptedException {
        Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new AssertionError(command.get(0) + " is not installed: run .ci/run once or apt-get install docker-compose prometheus", e);
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError(command + " did not finish");
        }
        return new Result(process.exitValue(), output);
    }
}
