package de.sprechstunde.ollama;

import de.sprechstunde.core.port.ModelTier;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * How the bot talks to Ollama. Validated on construction, so a bad value stops start-up with a
 * message that names the setting; build variants with {@link #toBuilder()}.
 *
 * @param hosts             {@code OLLAMA_HOST} (one) or {@code OLLAMA_HOSTS} (a pool): base URLs, http or https,
 *                          without credentials, no repeats; at least one
 * @param model             {@code OLLAMA_MODEL}: the main model
 * @param fastModel         {@code OLLAMA_MODEL_FAST}: the model for spoken turns
 * @param useFastForVoice   {@code OLLAMA_USE_FAST_FOR_VOICE}: whether the fast model is used (and warmed) at all
 * @param keepAlive         {@code OLLAMA_KEEP_ALIVE}: a Go duration ({@code 24h}, {@code 10m}, {@code -1m} = forever,
 *                          {@code 0} = unload); plain seconds are accepted and sent as {@code <n>s}
 * @param temperature       {@code OLLAMA_TEMPERATURE}: sampling temperature, 0 to 2
 * @param maxTokens         {@code OLLAMA_MAX_TOKENS}: {@code options.num_predict}; positive, or -1 for no limit
 * @param contextTokens     {@code OLLAMA_NUM_CTX}: {@code options.num_ctx}; also sent with the preload, because a
 *                          different value makes Ollama load the model again
 * @param requestTimeout    {@code OLLAMA_REQUEST_TIMEOUT}: the most one answer may take, retries included
 * @param firstTokenTimeout {@code OLLAMA_FIRST_TOKEN_TIMEOUT}: the most to wait for the first token
 * @param retries           {@code OLLAMA_RETRIES}: extra attempts while nothing has streamed yet
 * @param retryBackoff      {@code OLLAMA_RETRY_BACKOFF_MS}: the first pause between attempts, doubled each time;
 *                          also the warm-up's first pause while Ollama is unreachable
 * @param preloadTimeout    {@code OLLAMA_PRELOAD_TIMEOUT}: the most a model load may take at warm-up
 * @param keepWarmInterval  {@code OLLAMA_KEEP_WARM_INTERVAL}: how often the warm-up checks and reloads the models
 * @param checkTimeout      {@code OLLAMA_CHECK_TIMEOUT}: timeout of the small calls ({@code /api/tags}, {@code /api/ps})
 * @param pullMissing       {@code OLLAMA_PULL_MISSING}: whether the warm-up pulls a model Ollama does not have
 * @param correctionTimeout {@code OLLAMA_CORRECTION_TIMEOUT}: the most the fast model may take to propose
 *                          corrections; after it the turn has no suggestions
 */
public record OllamaSettings(
        List<URI> hosts,
        String model,
        String fastModel,
        boolean useFastForVoice,
        String keepAlive,
        double temperature,
        int maxTokens,
        int contextTokens,
        Duration requestTimeout,
        Duration firstTokenTimeout,
        int retries,
        Duration retryBackoff,
        Duration preloadTimeout,
        Duration keepWarmInterval,
        Duration checkTimeout,
        boolean pullMissing,
        Duration correctionTimeout) {

    public OllamaSettings {
        hosts = validHosts(hosts);
        model = modelName("OLLAMA_MODEL", model);
        fastModel = modelName("OLLAMA_MODEL_FAST", fastModel);
        keepAlive = keepAlive(keepAlive);
        if (!(temperature >= 0.0 && temperature <= 2.0)) {
            throw new IllegalArgumentException("OLLAMA_TEMPERATURE must be between 0 and 2, was " + temperature);
        }
        if (maxTokens < 1 && maxTokens != -1) {
            throw new IllegalArgumentException("OLLAMA_MAX_TOKENS must be positive or -1 (no limit), was " + maxTokens);
        }
        if (contextTokens < 1) {
            throw new IllegalArgumentException("OLLAMA_NUM_CTX must be positive, was " + contextTokens);
        }
        positive("OLLAMA_REQUEST_TIMEOUT", requestTimeout);
        positive("OLLAMA_FIRST_TOKEN_TIMEOUT", firstTokenTimeout);
        if (firstTokenTimeout.compareTo(requestTimeout) > 0) {
            throw new IllegalArgumentException("OLLAMA_FIRST_TOKEN_TIMEOUT must not exceed OLLAMA_REQUEST_TIMEOUT");
        }
        if (retries < 0 || retries > 10) {
            throw new IllegalArgumentException("OLLAMA_RETRIES must be between 0 and 10, was " + retries);
        }
        positive("OLLAMA_RETRY_BACKOFF_MS", retryBackoff);
        positive("OLLAMA_PRELOAD_TIMEOUT", preloadTimeout);
        positive("OLLAMA_KEEP_WARM_INTERVAL", keepWarmInterval);
        positive("OLLAMA_CHECK_TIMEOUT", checkTimeout);
        positive("OLLAMA_CORRECTION_TIMEOUT", correctionTimeout);
    }

    /** The defaults of the configuration contract. */
    public static OllamaSettings defaults() {
        return new OllamaSettings(List.of(URI.create("http://localhost:11434")), "mistral:7b", "llama3.2:3b", true, "24h",
                0.7, 2048, 4096, Duration.ofSeconds(120), Duration.ofSeconds(60), 2, Duration.ofMillis(500),
                Duration.ofMinutes(5), Duration.ofMinutes(5), Duration.ofSeconds(4), true, Duration.ofSeconds(8));
    }

    /** The model that answers a tier: the fast one only when it is enabled. */
    public String modelFor(ModelTier tier) {
        return tier == ModelTier.FAST && useFastForVoice ? fastModel : model;
    }

    /** The models the bot uses, main first, without repeats: these are pulled, preloaded and checked. */
    public List<String> modelsInUse() {
        if (!useFastForVoice || ModelNames.same(model, fastModel)) {
            return List.of(model);
        }
        return List.of(model, fastModel);
    }

    /** The first host; the only one unless {@code OLLAMA_HOSTS} names a pool. */
    public URI host() {
        return hosts.get(0);
    }

    /** The same settings for one host of the pool. */
    public OllamaSettings forHost(URI one) {
        return toBuilder().hosts(List.of(one)).build();
    }

    /** The first host's base URL without a trailing slash, as ollama4j wants it. */
    public String baseUrl() {
        return baseUrl(host());
    }

    static String baseUrl(URI host) {
        String url = host.toString();
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    private static List<URI> validHosts(List<URI> hosts) {
        Objects.requireNonNull(hosts, "OLLAMA_HOSTS");
        if (hosts.isEmpty()) {
            throw new IllegalArgumentException("OLLAMA_HOSTS must name at least one host");
        }
        hosts.forEach(OllamaSettings::validHost);
        if (hosts.stream().map(OllamaSettings::baseUrl).distinct().count() < hosts.size()) {
            throw new IllegalArgumentException("OLLAMA_HOSTS must not name a host twice, was " + hosts);
        }
        return List.copyOf(hosts);
    }

    private static void validHost(URI host) {
        Objects.requireNonNull(host, "OLLAMA_HOST");
        String scheme = host.getScheme() == null ? "" : host.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || host.getHost() == null) {
            throw new IllegalArgumentException("OLLAMA_HOST must be an http(s) URL like http://localhost:11434, was " + host);
        }
        if (host.getUserInfo() != null) {
            // credentials in the URL would end up in logs and health details
            throw new IllegalArgumentException("OLLAMA_HOST must not contain credentials");
        }
    }

    private static String keepAlive(String value) {
        try {
            return KeepAlive.normalize(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("OLLAMA_KEEP_ALIVE " + e.getMessage() + ", was '" + value + "'", e);
        }
    }

    private static String modelName(String variable, String name) {
        if (name == null || name.isBlank() || name.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException(variable + " must be a model name like mistral:7b, was '" + name + "'");
        }
        return name;
    }

    private static void positive(String variable, Duration value) {
        if (value == null || value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(variable + " must be positive, was " + value);
        }
    }

    /** Changes a few settings of a valid set; {@link #build()} validates again. */
    public static final class Builder {
        private List<URI> hosts;
        private String model;
        private String fastModel;
        private boolean useFastForVoice;
        private String keepAlive;
        private double temperature;
        private int maxTokens;
        private int contextTokens;
        private Duration requestTimeout;
        private Duration firstTokenTimeout;
        private int retries;
        private Duration retryBackoff;
        private Duration preloadTimeout;
        private Duration keepWarmInterval;
        private Duration checkTimeout;
        private boolean pullMissing;
        private Duration correctionTimeout;

        private Builder(OllamaSettings from) {
            hosts = from.hosts;
            model = from.model;
            fastModel = from.fastModel;
            useFastForVoice = from.useFastForVoice;
            keepAlive = from.keepAlive;
            temperature = from.temperature;
            maxTokens = from.maxTokens;
            contextTokens = from.contextTokens;
            requestTimeout = from.requestTimeout;
            firstTokenTimeout = from.firstTokenTimeout;
            retries = from.retries;
            retryBackoff = from.retryBackoff;
            preloadTimeout = from.preloadTimeout;
            keepWarmInterval = from.keepWarmInterval;
            checkTimeout = from.checkTimeout;
            pullMissing = from.pullMissing;
            correctionTimeout = from.correctionTimeout;
        }

        public Builder host(String value) { hosts = List.of(URI.create(value)); return this; }
        public Builder hosts(List<URI> value) { hosts = value; return this; }
        public Builder model(String value) { model = value; return this; }
        public Builder fastModel(String value) { fastModel = value; return this; }
        public Builder useFastForVoice(boolean value) { useFastForVoice = value; return this; }
        public Builder keepAlive(String value) { keepAlive = value; return this; }
        public Builder temperature(double value) { temperature = value; return this; }
        public Builder maxTokens(int value) { maxTokens = value; return this; }
        public Builder contextTokens(int value) { contextTokens = value; return this; }
        public Builder requestTimeout(Duration value) { requestTimeout = value; return this; }
        public Builder firstTokenTimeout(Duration value) { firstTokenTimeout = value; return this; }
        public Builder retries(int value) { retries = value; return this; }
        public Builder retryBackoff(Duration value) { retryBackoff = value; return this; }
        public Builder preloadTimeout(Duration value) { preloadTimeout = value; return this; }
        public Builder keepWarmInterval(Duration value) { keepWarmInterval = value; return this; }
        public Builder checkTimeout(Duration value) { checkTimeout = value; return this; }
        public Builder pullMissing(boolean value) { pullMissing = value; return this; }
        public Builder correctionTimeout(Duration value) { correctionTimeout = value; return this; }

        public OllamaSettings build() {
            return new OllamaSettings(hosts, model, fastModel, useFastForVoice, keepAlive, temperature, maxTokens,
                    contextTokens, requestTimeout, firstTokenTimeout, retries, retryBackoff, preloadTimeout,
                    keepWarmInterval, checkTimeout, pullMissing, correctionTimeout);
        }
    }
}
