package de.sprechstunde.core.port;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * The state of one dependency as a health check saw it.
 *
 * @param name    bounded component name, e.g. {@code ollama}, {@code redis}
 * @param status  up, degraded, down or disabled (not configured)
 * @param latency how long the check took
 * @param summary one human line, e.g. "mistral:7b loaded, llama3.2:3b loading"
 * @param details extra facts for the JSON endpoint (model states, versions); never secrets
 */
public record ComponentHealth(String name, Status status, Duration latency, String summary, Map<String, String> details) {

    public enum Status {
        UP,
        DEGRADED,
        DOWN,
        DISABLED
    }

    public ComponentHealth {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(latency, "latency");
        summary = summary == null ? "" : summary;
        details = Map.copyOf(details);
    }

    public static ComponentHealth up(String name, Duration latency, String summary) {
        return new ComponentHealth(name, Status.UP, latency, summary, Map.of());
    }

    public static ComponentHealth down(String name, Duration latency, String summary) {
        return new ComponentHealth(name, Status.DOWN, latency, summary, Map.of());
    }

    public static ComponentHealth disabled(String name, String summary) {
        return new ComponentHealth(name, Status.DISABLED, Duration.ZERO, summary, Map.of());
    }
}
