package de.sprechstunde.core.health;

import de.sprechstunde.core.concurrent.DaemonThreads;
import de.sprechstunde.core.port.ComponentHealth;
import de.sprechstunde.core.port.HealthIndicator;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Runs every registered health check in parallel, each bounded by a timeout, for {@code /health}.
 * Thread-safe.
 */
public final class HealthRegistry implements AutoCloseable {

    private final Map<String, HealthIndicator> indicators = new LinkedHashMap<>();
    private final Clock clock;
    private final Instant startedAt;
    private final Duration timeout;
    private final ExecutorService checks = Executors.newCachedThreadPool(DaemonThreads.named("health-check"));

    public HealthRegistry(Clock clock, Duration timeout) {
        this.clock = clock;
        this.startedAt = clock.instant();
        this.timeout = timeout;
    }

    public synchronized HealthRegistry register(String name, HealthIndicator indicator) {
        indicators.put(name, indicator);
        return this;
    }

    public HealthReport check() {
        Map<String, HealthIndicator> snapshot;
        synchronized (this) {
            snapshot = new LinkedHashMap<>(indicators);
        }
        Map<String, CompletableFuture<ComponentHealth>> running = new LinkedHashMap<>();
        snapshot.forEach((name, indicator) -> running.put(name, CompletableFuture.supplyAsync(indicator::check, checks)));
        List<ComponentHealth> results = new ArrayList<>();
        running.forEach((name, future) -> results.add(await(name, future)));
        return new HealthReport(overall(results), Duration.between(startedAt, clock.instant()), results);
    }

    private ComponentHealth await(String name, CompletableFuture<ComponentHealth> future) {
        try {
            return future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ComponentHealth.down(name, timeout, "check interrupted");
        } catch (Exception e) {
            future.cancel(true);
            return ComponentHealth.down(name, timeout, "check failed or timed out");
        }
    }

    private static ComponentHealth.Status overall(List<ComponentHealth> results) {
        boolean anyDown = results.stream().anyMatch(c -> c.status() == ComponentHealth.Status.DOWN
                || c.status() == ComponentHealth.Status.DEGRADED);
        return anyDown ? ComponentHealth.Status.DEGRADED : ComponentHealth.Status.UP;
    }

    @Override
    public void close() {
        checks.shutdownNow();
    }
}
