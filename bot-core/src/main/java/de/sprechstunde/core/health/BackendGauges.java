package de.sprechstunde.core.health;

import de.sprechstunde.core.port.ComponentHealth;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The last health check of each backend as {@code bot.backend.up{backend}}: 1 up, 0.5 degraded,
 * 0 down; a backend that is not configured gets no series. Alerts read these rather than running
 * checks of their own, so a scrape never waits for a slow backend. Thread-safe.
 */
public final class BackendGauges {

    private final MeterRegistry registry;
    private final Map<String, AtomicReference<Double>> values = new ConcurrentHashMap<>();

    public BackendGauges(MeterRegistry registry) {
        this.registry = registry;
    }

    public void record(HealthReport report) {
        for (ComponentHealth component : report.components()) {
            if (component.status() != ComponentHealth.Status.DISABLED) {
                valueOf(component.name()).set(upness(component.status()));
            }
        }
    }

    private AtomicReference<Double> valueOf(String backend) {
        return values.computeIfAbsent(backend, name -> {
            AtomicReference<Double> value = new AtomicReference<>(Double.NaN);
            Gauge.builder("bot.backend.up", value, AtomicReference::get)
                    .description("Last health check per backend: 1 up, 0.5 degraded, 0 down")
                    .tag("backend", name)
                    .register(registry);
            return value;
        });
    }

    private static double upness(ComponentHealth.Status status) {
        return switch (status) {
            case UP -> 1.0;
            case DEGRADED -> 0.5;
            case DOWN, DISABLED -> 0.0;
        };
    }
}
