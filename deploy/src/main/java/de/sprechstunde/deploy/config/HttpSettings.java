package de.sprechstunde.deploy.config;

/**
 * The operator's HTTP endpoints.
 *
 * @param port           {@code HTTP_PORT}: /health, /ready, /metrics and the Telegram webhook
 * @param metricsEnabled {@code ENABLE_METRICS}: whether /metrics is served
 */
public record HttpSettings(int port, boolean metricsEnabled) {
    public HttpSettings {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 0..65535");
        }
    }

    /** Port 8000, metrics served. */
    public static HttpSettings defaults() {
        return new HttpSettings(8000, true);
    }

    static HttpSettings read(Env env) {
        HttpSettings defaults = defaults();
        return new HttpSettings(env.integer(Variables.HTTP_PORT, defaults.port(), 0, 65535),
                env.bool(Variables.ENABLE_METRICS, defaults.metricsEnabled()));
    }
}
