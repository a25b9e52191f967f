package de.sprechstunde.ollama;

import de.sprechstunde.core.port.ChatModelException.Reason;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import java.util.Locale;

/**
 * The pool's meters, tagged {@code host} with the host's label ({@code host:port}; one value per
 * configured host, never credentials): {@code bot.ollama.requests{host,outcome}} (outcome
 * {@code ok} or a failure reason in lower case), {@code bot.ollama.ejections{host}},
 * {@code bot.ollama.in_flight{host}} and {@code bot.ollama.admitted{host}} (1 or 0). Every series
 * exists from the start at zero, so the first event of each kind shows in {@code rate()}.
 */
final class PoolMetrics {

    static final String OK = "ok";

    private final MeterRegistry registry;

    PoolMetrics(MeterRegistry registry, List<OllamaHost> hosts) {
        this.registry = registry;
        for (OllamaHost host : hosts) {
            requests(host, OK);
            for (Reason reason : Reason.values()) {
                requests(host, outcome(reason));
            }
            ejections(host);
            Gauge.builder("bot.ollama.in_flight", host, OllamaHost::inFlight).tag("host", host.label())
                    .description("Requests in flight per Ollama host").register(registry);
            Gauge.builder("bot.ollama.admitted", host, h -> h.admitted() ? 1 : 0).tag("host", host.label())
                    .description("1 while the Ollama host gets requests, 0 while it is ejected").register(registry);
        }
    }

    void succeeded(OllamaHost host) {
        requests(host, OK).increment();
    }

    void failed(OllamaHost host, Reason reason) {
        requests(host, outcome(reason)).increment();
    }

    void ejected(OllamaHost host) {
        ejections(host).increment();
    }

    static String outcome(Reason reason) {
        return reason.name().toLowerCase(Locale.ROOT);
    }

    private Counter requests(OllamaHost host, String outcome) {
        return Counter.builder("bot.ollama.requests").tag("host", host.label()).tag("outcome", outcome)
                .description("Chat requests per Ollama host and outcome").register(registry);
    }

    private Counter ejections(OllamaHost host) {
        return Counter.builder("bot.ollama.ejections").tag("host", host.label())
                .description("Times an Ollama host was taken out of routing").register(registry);
    }
}
