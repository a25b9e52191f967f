package de.sprechstunde.deploy.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.sprechstunde.core.health.HealthReport;
import de.sprechstunde.core.port.ComponentHealth;
import java.util.Locale;

/** The /health document: overall status, uptime and each dependency with its latency. */
final class HealthJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private HealthJson() {
    }

    static String render(HealthReport report) {
        ObjectNode root = JSON.createObjectNode();
        root.put("status", lower(report.status()));
        root.put("uptime_seconds", report.uptime().toSeconds());
        ArrayNode components = root.putArray("components");
        for (ComponentHealth component : report.components()) {
            ObjectNode node = components.addObject();
            node.put("name", component.name());
            node.put("status", lower(component.status()));
            node.put("latency_ms", component.latency().toMillis());
            node.put("summary", component.summary());
            ObjectNode details = node.putObject("details");
            component.details().forEach(details::put);
        }
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot render health JSON", e);
        }
    }

    private static String lower(ComponentHealth.Status status) {
        return status.name().toLowerCase(Locale.ROOT);
    }
}
