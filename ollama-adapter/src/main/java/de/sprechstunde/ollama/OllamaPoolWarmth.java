package de.sprechstunde.ollama;

import de.sprechstunde.core.port.ModelWarmth;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The pool's {@link ModelWarmth} for {@code /ready} and the pipeline's hold of early turns:
 * warm when at least one admitted host has every model in use loaded; else warming while a host
 * is still loading; else cold, with each host's reason. When every host is ejected all count, as
 * in routing. With one host it is that host's warmth, word for word.
 *
 * <p>Thread-safe; never throws.
 */
public final class OllamaPoolWarmth implements ModelWarmth {

    private static final long LONGEST_WAIT_SLICE_NANOS = TimeUnit.MILLISECONDS.toNanos(250);

    private final List<OllamaHost> hosts;

    OllamaPoolWarmth(List<OllamaHost> hosts) {
        this.hosts = hosts;
    }

    @Override
    public State current() {
        if (hosts.size() == 1) {
            return hosts.get(0).warmth().current();
        }
        List<OllamaHost> counted = hosts.stream().filter(OllamaHost::admitted).toList();
        List<String> warming = new ArrayList<>();
        List<String> cold = new ArrayList<>();
        for (OllamaHost host : counted.isEmpty() ? hosts : counted) {
            State state = host.warmth().current();
            if (state instanceof Warm) {
                return state;
            } else if (state instanceof Warming w) {
                warming.add(host.label() + ": " + w.waitingFor());
            } else if (state instanceof Cold c) {
                cold.add(host.label() + ": " + c.reason());
            }
        }
        return warming.isEmpty() ? new Cold(String.join("; ", cold)) : new Warming(String.join("; ", warming));
    }

    @Override
    public State awaitSettled(Duration max) {
        long deadline = System.nanoTime() + max.toNanos();
        State state = current();
        while (state instanceof Warming) {
            long left = deadline - System.nanoTime();
            Optional<OllamaHost> loading = hosts.stream().filter(h -> h.warmth().current() instanceof Warming).findFirst();
            if (left <= 0 || loading.isEmpty() || Thread.currentThread().isInterrupted()) {
                break;
            }
            // in slices: another host may turn warm while this one is still loading
            loading.get().warmth().awaitSettled(Duration.ofNanos(Math.min(left, LONGEST_WAIT_SLICE_NANOS)));
            state = current();
        }
        return state;
    }
}
