package de.sprechstunde.deploy.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.sprechstunde.core.health.HealthRegistry;
import de.sprechstunde.core.port.ComponentHealth;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class HttpEndpointsTest {

    private final HttpClient client = HttpClient.newHttpClient();
    private final HealthRegistry health = new HealthRegistry(Clock.systemUTC(), Duration.ofSeconds(2))
            .register("ollama", () -> ComponentHealth.down("ollama", Duration.ofMillis(3), "connection refused"))
            .register("redis", () -> ComponentHealth.up("redis", Duration.ofMillis(1), "PONG"));
    private final AtomicBoolean ready = new AtomicBoolean();
    private HttpEndpoints endpoints;

    private Optional<String> waitingFor() {
        return ready.get() ? Optional.empty() : Optional.of("model mistral:7b loading");
    }

    @AfterEach
    void stop() {
        endpoints.close();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + endpoints.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void healthListsEveryDependencyWithItsStatusAndLatency() throws Exception {
        endpoints = HttpEndpoints.bind(0, health, this::waitingFor, Optional.empty());
        endpoints.start();

        HttpResponse<String> response = get("/health");

        assertEquals(200, response.statusCode());
        assertEquals("application/json", response.headers().firstValue("Content-Type").orElseThrow());
        assertTrue(response.body().contains("\"status\" : \"degraded\""), response.body());
        assertTrue(response.body().contains("\"name\" : \"ollama\""), response.body());
        assertTrue(response.body().contains("\"summary\" : \"connection refused\""), response.body());
        assertTrue(response.body().contains("\"latency_ms\""), response.body());
    }

    @Test
    void readyAnswers503UntilTheBotTakesMessages() throws Exception {
        endpoints = HttpEndpoints.bind(0, health, this::waitingFor, Optional.empty());
        endpoints.start();

        HttpResponse<String> waiting = get("/ready");
        assertEquals(503, waiting.statusCode());
        assertEquals("waiting for: model mistral:7b loading\n", waiting.body());
        ready.set(true);
        assertEquals(200, get("/ready").statusCode());
    }

    @Test
    void metricsAreServedOnlyWhenEnabled() throws Exception {
        endpoints = HttpEndpoints.bind(0, health, this::waitingFor, Optional.of(() -> "bot_up 1\n"));
        endpoints.start();

        HttpResponse<String> response = get("/metrics");

        assertEquals(200, response.statusCode());
        assertEquals("bot_up 1\n", response.body());
        assertEquals(404, get("/metricsx").statusCode());
    }

    @Test
    void postRoutesRefuseOtherMethods() throws Exception {
        endpoints = HttpEndpoints.bind(0, health, this::waitingFor, Optional.empty());
        endpoints.post("/telegram/webhook", (exchange, body) -> new HttpEndpoints.Response(200, "text/plain", new String(body)));
        endpoints.start();

        assertEquals(405, get("/telegram/webhook").statusCode());
        HttpResponse<String> posted = client.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + endpoints.port() + "/telegram/webhook"))
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, posted.statusCode());
        assertEquals("{}", posted.body());
    }
}
