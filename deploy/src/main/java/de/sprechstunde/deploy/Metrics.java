package de.sprechstunde.deploy;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.Optional;
import java.util.function.Supplier;

/** The meter registry: Prometheus when metrics are enabled, else a plain in-memory one. */
final class Metrics implements AutoCloseable {

    private final MeterRegistry registry;
    private final Optional<PrometheusMeterRegistry> prometheus;
    private final JvmGcMetrics gc = new JvmGcMetrics();

    Metrics(boolean enabled) {
        this.prometheus = enabled ? Optional.of(new PrometheusMeterRegistry(PrometheusConfig.DEFAULT)) : Optional.empty();
        this.registry = prometheus.<MeterRegistry>map(p -> p).orElseGet(SimpleMeterRegistry::new);
        registry.config().commonTags("application", "sprechstunde")
                // names that Prometheus' linter (promtool check metrics) rejects
                .meterFilter(MeterFilter.denyNameStartsWith("process.cpu.time"))
                .meterFilter(new MeterFilter() {
                    @Override
                    public Meter.Id map(Meter.Id id) {
                        return id.getName().equals("system.cpu.count") ? id.withName("system.cpus") : id;
                    }
                });
        new ClassLoaderMetrics().bindTo(registry);
        new JvmMemoryMetrics().bindTo(registry);
        gc.bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
    }

    MeterRegistry registry() {
        return registry;
    }

    /** The Prometheus scrape, when metrics are enabled. */
    Optional<Supplier<String>> scrape() {
        return prometheus.map(p -> p::scrape);
    }

    @Override
    public void close() {
        gc.close();
        registry.close();
    }
}
