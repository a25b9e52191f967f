package de.sprechstunde.ollama;

import de.sprechstunde.core.port.ComponentHealth.Status;
import de.sprechstunde.core.port.ComponentHealth;
import de.sprechstunde.core.port.HealthIndicator;
import io.github.ollama4j.Ollama;
import io.github.ollama4j.models.ps.ModelProcessesResult.ModelProcess;
import io.github.ollama4j.models.response.Model;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Ollama's state for {@code /health}, from {@code /api/tags} (which models it has) and
 * {@code /api/ps} (which are in memory, until when): UP with each model's state, DEGRADED when a
 * model is missing, DOWN when Ollama does not answer. The summary reads like
 * "mistral:7b loaded, llama3.2:3b not loaded"; the details hold each model's state and
 * {@code expires_at}.
 *
 * <p>Thread-safe; bounded by {@code OLLAMA_CHECK_TIMEOUT}; never throws.
 */
public final class OllamaHealth implements HealthIndicator {

    /** The component name in health reports. */
    public static final String NAME = "ollama";

    private final OllamaSettings settings;
    private final Ollama metadata;
    private final WarmupStatus warmup;

    /** @param warmup what the warm-up is doing ({@link OllamaWarmup#status()}), to show a pull's progress */
    public OllamaHealth(OllamaSettings settings, WarmupStatus warmup) {
        this(settings, OllamaClients.create(settings).metadata(), warmup);
    }

    OllamaHealth(OllamaSettings settings, Ollama metadata, WarmupStatus warmup) {
        this.settings = settings;
        this.metadata = metadata;
        this.warmup = warmup;
    }

    @Override
    public ComponentHealth check() {
        long start = System.nanoTime();
        List<String> installed;
        List<ModelProcess> running;
        try {
            installed = metadata.listModels().stream().map(Model::getName).filter(Objects::nonNull).toList();
            running = Optional.ofNullable(metadata.ps().getModels()).orElse(List.of());
        } catch (Exception e) {
            return new ComponentHealth(NAME, Status.DOWN, since(start), "unreachable at " + settings.baseUrl(),
                    Map.of("host", settings.baseUrl(), "error", OllamaFailures.describe(e)));
        }
        Map<String, String> details = new LinkedHashMap<>();
        details.put("host", settings.baseUrl());
        List<String> summary = new ArrayList<>();
        boolean anyMissing = false;
        for (String model : settings.modelsInUse()) {
            Optional<ModelProcess> process = running.stream().filter(p -> isModel(p, model)).findFirst();
            String state = state(model, ModelNames.contains(installed, model), process.isPresent());
            anyMissing |= state.startsWith("missing");
            details.put(model, state);
            process.map(ModelProcess::getExpiresAt).ifPresent(expiry -> details.put(model + " expires_at", expiry));
            summary.add(model + " " + state);
        }
        return new ComponentHealth(NAME, anyMissing ? Status.DEGRADED : Status.UP, since(start),
                String.join(", ", summary), details);
    }

    private String state(String model, boolean installed, boolean loaded) {
        Optional<String> activity = warmup.activity(model);
        if (!installed) {
            return activity.map(doing -> "missing (" + doing + ")").orElse("missing");
        }
        if (loaded) {
            return "loaded";
        }
        return activity.filter("loading"::equals).orElse("not loaded");
    }

    private static boolean isModel(ModelProcess process, String model) {
        String name = process.getName() != null ? process.getName() : process.getModel();
        return name != null && ModelNames.same(name, model);
    }

    private static Duration since(long start) {
        return Duration.ofNanos(System.nanoTime() - start);
    }
}
