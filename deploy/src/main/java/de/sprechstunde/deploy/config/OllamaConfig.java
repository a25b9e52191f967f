package de.sprechstunde.deploy.config;

import static de.sprechstunde.deploy.config.Variables.*;

import de.sprechstunde.ollama.KeepAlive;
import de.sprechstunde.ollama.OllamaSettings;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Reads the OLLAMA_* variables (docs/ollama.md). */
final class OllamaConfig {

    private static final Pattern MODEL_NAME = Pattern.compile("\\S+");

    private OllamaConfig() {
    }

    /** @param useFastForVoice {@code OLLAMA_USE_FAST_FOR_VOICE}, read once for the core and the adapter */
    static OllamaSettings read(Env env, boolean useFastForVoice) {
        OllamaSettings d = OllamaSettings.defaults();
        Duration requestTimeout = env.seconds(OLLAMA_REQUEST_TIMEOUT, d.requestTimeout(), 1, 3600);
        Duration firstTokenTimeout = env.seconds(OLLAMA_FIRST_TOKEN_TIMEOUT, d.firstTokenTimeout(), 1, 3600);
        if (firstTokenTimeout.compareTo(requestTimeout) > 0) {
            throw env.bad(OLLAMA_FIRST_TOKEN_TIMEOUT, "must not exceed OLLAMA_REQUEST_TIMEOUT (" + requestTimeout.toSeconds() + ")");
        }
        return new OllamaSettings(
                hosts(env, d.host()),
                env.matching(OLLAMA_MODEL, d.model(), MODEL_NAME, "a model name like mistral:7b"),
                env.matching(OLLAMA_MODEL_FAST, d.fastModel(), MODEL_NAME, "a model name like llama3.2:3b"),
                useFastForVoice,
                env.parse(OLLAMA_KEEP_ALIVE, KeepAlive::normalize).orElse(d.keepAlive()),
                env.decimal(OLLAMA_TEMPERATURE, d.temperature(), 0, 2),
                maxTokens(env, d.maxTokens()),
                env.integer(OLLAMA_NUM_CTX, d.contextTokens(), 256, 1_048_576),
                requestTimeout,
                firstTokenTimeout,
                env.integer(OLLAMA_RETRIES, d.retries(), 0, 10),
                env.millis(OLLAMA_RETRY_BACKOFF_MS, d.retryBackoff(), 1, 60_000),
                env.seconds(OLLAMA_PRELOAD_TIMEOUT, d.preloadTimeout(), 1, 3600),
                env.seconds(OLLAMA_KEEP_WARM_INTERVAL, d.keepWarmInterval(), 10, 86_400),
                env.seconds(OLLAMA_CHECK_TIMEOUT, d.checkTimeout(), 1, 60),
                env.bool(OLLAMA_PULL_MISSING, d.pullMissing()),
                env.seconds(OLLAMA_CORRECTION_TIMEOUT, d.correctionTimeout(), 1, 120));
    }

    /**
     * {@code OLLAMA_HOSTS} for a pool, else {@code OLLAMA_HOST}; both at once is a mistake (which
     * one was meant?), so it stops the start with a message naming both.
     */
    private static List<URI> hosts(Env env, URI fallback) {
        List<String> pool = env.list(OLLAMA_HOSTS);
        if (pool.isEmpty()) {
            return List.of(host(env, fallback));
        }
        if (env.optional(OLLAMA_HOST).isPresent()) {
            throw env.bad(OLLAMA_HOSTS, "is set together with OLLAMA_HOST; set OLLAMA_HOSTS for several hosts "
                    + "or OLLAMA_HOST for one, not both");
        }
        List<URI> hosts = new ArrayList<>();
        for (String entry : pool) {
            URI host = poolHost(env, entry);
            if (hosts.stream().anyMatch(known -> withoutSlash(known).equalsIgnoreCase(withoutSlash(host)))) {
                throw env.bad(OLLAMA_HOSTS, "names a host twice");
            }
            hosts.add(host);
        }
        return hosts;
    }

    private static String withoutSlash(URI host) {
        String url = host.toString();
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    private static URI poolHost(Env env, String entry) {
        URI host = env.uri(OLLAMA_HOSTS, entry, "http", "https");
        if (host.getUserInfo() != null) {
            // credentials in the URL would end up in logs and health details
            throw env.bad(OLLAMA_HOSTS, "must not contain credentials");
        }
        return host;
    }

    private static URI host(Env env, URI fallback) {
        URI host = env.uri(OLLAMA_HOST, fallback, "http", "https");
        if (host.getUserInfo() != null) {
            // credentials in the URL would end up in logs and health details
            throw env.bad(OLLAMA_HOST, "must not contain credentials");
        }
        return host;
    }

    private static int maxTokens(Env env, int fallback) {
        int maxTokens = env.integer(OLLAMA_MAX_TOKENS, fallback, -1, 1_000_000);
        if (maxTokens == 0) {
            throw env.bad(OLLAMA_MAX_TOKENS, "must be positive, or -1 for no limit");
        }
        return maxTokens;
    }
}
