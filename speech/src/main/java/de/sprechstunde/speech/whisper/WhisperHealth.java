package de.sprechstunde.speech.whisper;

import de.sprechstunde.core.port.ComponentHealth;
import de.sprechstunde.core.port.HealthIndicator;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/** {@code /health}'s view of Whisper: the server's cheap status page answers 200. */
public final class WhisperHealth implements HealthIndicator {

    private static final Duration CHECK_TIMEOUT = Duration.ofSeconds(3);

    private final WhisperClient client;
    private final Clock clock;

    public WhisperHealth(WhisperClient client, Clock clock) {
        this.client = client;
        this.clock = clock;
    }

    @Override
    public ComponentHealth check() {
        Instant start = clock.instant();
        WhisperSettings settings = client.settings();
        Map<String, String> details = Map.of("api", settings.api().name().toLowerCase(java.util.Locale.ROOT),
                "language", settings.language(), "model", settings.api() == WhisperApi.OPENAI ? settings.model() : "set by the server");
        try {
            HttpRequest request = HttpRequest.newBuilder(client.dialect().health(settings)).timeout(CHECK_TIMEOUT).GET().build();
            int status = client.http().send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            Duration latency = Duration.between(start, clock.instant());
            if (status == 200) {
                return new ComponentHealth("whisper", ComponentHealth.Status.UP, latency, settings.host() + " answers", details);
            }
            return new ComponentHealth("whisper", ComponentHealth.Status.DOWN, latency, settings.host() + " answered " + status, details);
        } catch (IOException e) {
            return new ComponentHealth("whisper", ComponentHealth.Status.DOWN, Duration.between(start, clock.instant()),
                    settings.host() + " unreachable: " + e.getClass().getSimpleName(), details);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ComponentHealth.down("whisper", Duration.between(start, clock.instant()), "check interrupted");
        }
    }
}
