package de.sprechstunde.ollama;

import de.sprechstunde.core.concurrent.DaemonThreads;
import de.sprechstunde.core.port.ComponentHealth.Status;
import de.sprechstunde.core.port.ComponentHealth;
import de.sprechstunde.core.port.HealthIndicator;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The component {@code ollama} of {@code /health} for a pool: every host checked at once (so the
 * check takes one {@code OLLAMA_CHECK_TIMEOUT}, not one per host), listed in the details under
 * its label with its status, summary, routing ({@code admitted} or {@code ejected (why)}) and
 * requests in flight. UP when every host is UP and admitted, DOWN when none answers, DEGRADED in
 * between. With one host it is that host's {@link OllamaHealth}, unchanged.
 *
 * <p>Thread-safe; never throws. Close it to stop its check threads.
 */
public final class OllamaPoolHealth implements HealthIndicator, AutoCloseable {

    private final List<OllamaHost> hosts;
    private final ExecutorService checks = Executors.newCachedThreadPool(DaemonThreads.numbered("ollama-health-"));

    OllamaPoolHealth(List<OllamaHost> hosts) {
        this.hosts = hosts;
    }

    @Override
    public ComponentHealth check() {
        if (hosts.size() == 1) {
            return hosts.get(0).health().check();
        }
        long start = System.nanoTime();
        List<CompletableFuture<ComponentHealth>> running = hosts.stream()
                .map(host -> CompletableFuture.supplyAsync(host.health()::check, checks)).toList();
        Map<String, String> details = new LinkedHashMap<>();
        List<String> summaries = new ArrayList<>();
        int answering = 0;
        int fine = 0;
        for (int i = 0; i < hosts.size(); i++) {
            OllamaHost host = hosts.get(i);
            ComponentHealth each = running.get(i).join();
            String routing = host.ejectedBecause().map(why -> "ejected (" + why + ")").orElse("admitted");
            answering += each.status() == Status.DOWN ? 0 : 1;
            fine += each.status() == Status.UP && host.admitted() ? 1 : 0;
            details.put(host.label(), each.status() + ": " + each.summary());
            details.put(host.label() + " routing", routing);
            details.put(host.label() + " in_flight", String.valueOf(host.inFlight()));
            each.details().forEach((key, value) -> {
                if (!key.equals("host")) {
                    details.put(host.label() + " " + key, value);
                }
            });
            summaries.add(host.label() + " " + (host.admitted() ? each.summary() : routing));
        }
        Status status = fine == hosts.size() ? Status.UP : answering == 0 ? Status.DOWN : Status.DEGRADED;
        String summary = answering + " of " + hosts.size() + " hosts answer; " + String.join("; ", summaries);
        return new ComponentHealth(OllamaHealth.NAME, status, Duration.ofNanos(System.nanoTime() - start), summary, details);
    }

    @Override
    public void close() {
        checks.shutdownNow();
    }
}
