package de.sprechstunde.deploy;

import de.sprechstunde.core.concurrent.DaemonThreads;
import de.sprechstunde.core.health.BackendGauges;
import de.sprechstunde.core.health.HealthRegistry;
import de.sprechstunde.core.health.HealthReport;
import de.sprechstunde.core.port.ComponentHealth;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks every backend in the background: the result feeds {@code bot.backend.up} for alerts, and
 * each change of a backend's state is logged once (the first check at start names every problem),
 * so an operator reads "piper is down: …" in the log instead of a warning on every reply.
 */
final class HealthWatch implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(HealthWatch.class);

    private final HealthRegistry health;
    private final BackendGauges gauges;
    private final Duration every;
    private final Map<String, ComponentHealth.Status> lastSeen = new HashMap<>();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("health-watch"));

    HealthWatch(HealthRegistry health, MeterRegistry registry, Duration every) {
        this.health = health;
        this.gauges = new BackendGauges(registry);
        this.every = every;
    }

    void start() {
        timer.scheduleWithFixedDelay(this::checkOnce, 0, every.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void checkOnce() {
        try {
            HealthReport report = health.check();
            gauges.record(report);
            report.components().forEach(this::logChange);
        } catch (RuntimeException e) {
            log.warn("background health check failed: {}", e.toString());
        }
    }

    private void logChange(ComponentHealth component) {
        ComponentHealth.Status before = lastSeen.put(component.name(), component.status());
        if (before == component.status()) {
            return;
        }
        switch (component.status()) {
            case UP -> {
                if (before != null) {
                    log.info("backend {} is up again: {}", component.name(), component.summary());
                }
            }
            case DEGRADED -> log.warn("backend {} is degraded: {}", component.name(), component.summary());
            case DOWN -> log.warn("backend {} is down: {}", component.name(), component.summary());
            case DISABLED -> log.info("backend {} is not configured: {}", component.name(), component.summary());
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
