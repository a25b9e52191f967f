package de.sprechstunde.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.sprechstunde.core.testing.Messages;
import de.sprechstunde.core.testing.RecordingReplySink;
import de.sprechstunde.ollama.fake.FakeOllamaServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** /metrics after real traffic: the operator's meters are there and Prometheus' own checker accepts the scrape. */
class MetricsEndpointTest {

    @TempDir
    Path dataDir;

    @Test
    void theScrapeHasMessageLlmAndErrorMetricsAndPassesPromtool() throws Exception {
        try (FakeOllamaServer ollama = FakeOllamaServer.start();
             Application application = Application.start(new TestConfig(dataDir, ollama.url()).load(), Clock.systemUTC())) {
            Messages lena = Messages.lena();
            application.bot().receive(lena.text("Hallo!"), new RecordingReplySink()).join();
            application.bot().receive(lena.text("/levle"), new RecordingReplySink()).join();
            ollama.refuseConnections();
            application.bot().receive(lena.text("Bist du da?"), new RecordingReplySink()).join();

            String scrape = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            URI.create("http://127.0.0.1:" + application.httpPort() + "/metrics")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            Files.writeString(Path.of("target", "metrics-scrape.txt"), scrape);

            assertTrue(scrape.contains("bot_messages_total{application=\"sprechstunde\",kind=\"text\",outcome=\"answered\",platform=\"telegram\"} 2.0"), scrape);
            assertTrue(scrape.contains("bot_messages_total{application=\"sprechstunde\",kind=\"command\",outcome=\"command\",platform=\"telegram\"} 1.0"), scrape);
            // histograms: p50/p95/p99 come from histogram_quantile over the buckets (docs/operations.md)
            for (String name : List.of("# TYPE bot_llm_latency_seconds histogram", "bot_llm_latency_seconds_bucket{",
                    "# TYPE bot_llm_time_to_first_token_seconds histogram", "bot_llm_time_to_first_token_seconds_bucket{",
                    "bot_errors_total{application=\"sprechstunde\",component=\"llm\",type=\"unavailable\"} 1.0",
                    "bot_stage_duration_seconds_bucket", "jvm_memory_used_bytes")) {
                assertTrue(scrape.contains(name), name);
            }
            Path file = dataDir.resolve("scrape.txt");
            Files.writeString(file, scrape);
            DeploymentFilesTest.Result check = DeploymentFilesTest.run(List.of("sh", "-c", "promtool check metrics < " + file));
            assertEquals(0, check.exitCode(), check.output());
        }
    }

    @Test
    void beforeAnyTrafficEveryKnownSeriesIsThereAtZeroAndEachBackendReportsItsState() throws Exception {
        try (FakeOllamaServer ollama = FakeOllamaServer.start();
             Application application = Application.start(new TestConfig(dataDir, ollama.url()).load(), Clock.systemUTC())) {
            String backendUp = "bot_backend_up{application=\"sprechstunde\",backend=\"ollama\"} 1.0";
            String scrape = scrape(application);
            for (int tries = 0; tries < 100 && !scrape.contains(backendUp); tries++) {
                Thread.sleep(50);
                scrape = scrape(application);
            }

            assertTrue(scrape.contains(backendUp), scrape);
            for (String zero : List.of(
                    "bot_messages_total{application=\"sprechstunde\",kind=\"voice\",outcome=\"failed\",platform=\"discord\"} 0.0",
                    "bot_llm_time_to_first_token_seconds_count{application=\"sprechstunde\",tier=\"fast\"} 0",
                    "bot_llm_latency_seconds_count{application=\"sprechstunde\",outcome=\"ok\",tier=\"main\"} 0",
                    "bot_stage_duration_seconds_count{application=\"sprechstunde\",stage=\"understand\"} 0",
                    "bot_rate_limited_total{application=\"sprechstunde\",budget=\"voice\"} 0.0",
                    "bot_cache_requests_total{application=\"sprechstunde\",cache=\"audio\",result=\"hit\"} 0.0",
                    "bot_replies_undelivered{application=\"sprechstunde\"} 0.0")) {
                assertTrue(scrape.contains(zero), zero);
            }
        }
    }

    private static String scrape(Application application) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + application.httpPort() + "/metrics")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }
}
