package de.sprechstunde.ollama;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ollama4j.models.response.ModelPullResponse;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.Iterator;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Pulls a model with {@code POST /api/pull}, reading Ollama's streamed status lines. This is the one
 * call that bypasses ollama4j: its {@code pullModel} reports no progress (it logs the lines at
 * DEBUG), and a pull of several gigabytes needs progress in the log. The lines are still read into
 * ollama4j's own {@link ModelPullResponse}.
 */
final class ModelPuller {

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    private static final Duration LOG_AT_LEAST_EVERY = Duration.ofSeconds(30);

    private final OllamaSettings settings;
    private final Clock clock;
    private final HttpClient http;

    ModelPuller(OllamaSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(settings.checkTimeout())
                .build();
    }

    /**
     * Pulls {@code model}, passing a short activity text (e.g. {@code pulling 45%}) to {@code activity}
     * as it goes.
     *
     * @throws IOException when Ollama cannot be reached, reports an error, or ends without {@code success}
     */
    void pull(String model, Consumer<String> activity) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(settings.baseUrl() + "/api/pull"))
                // the timeout runs until the headers, which Ollama sends with its first status line
                .timeout(settings.preloadTimeout())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("model", model, "stream", true))))
                .build();
        HttpResponse<Stream<String>> response = http.send(request, HttpResponse.BodyHandlers.ofLines());
        PullProgressLog progress = new PullProgressLog(model, clock, LOG_AT_LEAST_EVERY);
        try (Stream<String> lines = response.body()) {
            Iterator<String> each = lines.iterator();
            while (each.hasNext()) {
                String line = each.next();
                if (line.isBlank()) {
                    continue;
                }
                ModelPullResponse status = JSON.readValue(line, ModelPullResponse.class);
                if (status.getError() != null && !status.getError().isBlank()) {
                    throw new IOException("Ollama could not pull " + model + ": " + status.getError());
                }
                activity.accept(progress.record(status));
                if ("success".equalsIgnoreCase(status.getStatus())) {
                    return;
                }
            }
        }
        throw new IOException("the pull of " + model + " ended without success (HTTP " + response.statusCode() + ")");
    }
}
