package de.sprechstunde.deploy.config;

import de.sprechstunde.core.config.Secret;
import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Typed, validated access to the configuration variables. The only place that reads the process
 * environment (through {@link #fromSystem}); every getter names the variable in its error.
 */
public final class Env {

    private final Map<String, String> values;

    public Env(Map<String, String> values) {
        this.values = Map.copyOf(values);
    }

    /** The process environment over the {@code .env} file in the working directory. */
    public static Env fromSystem() {
        Map<String, String> merged = new HashMap<>(DotEnv.read(java.nio.file.Path.of(".env")));
        merged.putAll(System.getenv());
        return new Env(merged);
    }

    /** All variables, for the modules that read their own settings from a map (see StateConfig). */
    Map<String, String> values() {
        return values;
    }

    /** The value, or empty when unset or blank. */
    public Optional<String> optional(String name) {
        String value = values.get(name);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }

    public String string(String name, String fallback) {
        return optional(name).orElse(fallback);
    }

    public Optional<Secret> secret(String name) {
        return optional(name).map(Secret::of);
    }

    public int integer(String name, int fallback, int min, int max) {
        int value = parsed(name, fallback, Integer::parseInt, "a whole number");
        if (value < min || value > max) {
            throw new ConfigException(name, "must be between " + min + " and " + max + ", got " + value);
        }
        return value;
    }

    public long longValue(String name, long fallback, long min, long max) {
        long value = parsed(name, fallback, Long::parseLong, "a whole number");
        if (value < min || value > max) {
            throw new ConfigException(name, "must be between " + min + " and " + max + ", got " + value);
        }
        return value;
    }

    public double decimal(String name, double fallback, double min, double max) {
        double value = parsed(name, fallback, Double::parseDouble, "a number");
        if (value < min || value > max || Double.isNaN(value)) {
            throw new ConfigException(name, "must be between " + min + " and " + max + ", got " + value);
        }
        return value;
    }

    public boolean bool(String name, boolean fallback) {
        Optional<String> value = optional(name);
        if (value.isEmpty()) {
            return fallback;
        }
        return switch (value.get().toLowerCase(Locale.ROOT)) {
            case "true", "yes", "on", "1" -> true;
            case "false", "no", "off", "0" -> false;
            default -> throw new ConfigException(name, "must be true or false, got '" + value.get() + "'");
        };
    }

    /** Seconds as a duration; {@code min} and {@code max} in seconds. */
    public Duration seconds(String name, long fallback, long min, long max) {
        return Duration.ofSeconds(longValue(name, fallback, min, max));
    }

    /** An absolute URI with one of the given schemes, e.g. {@code http}, {@code https}. */
    public Optional<URI> optionalUri(String name, String... schemes) {
        Optional<String> value = optional(name);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(value.get());
            if (uri.getScheme() == null || uri.getHost() == null) {
                throw new ConfigException(name, "must be an absolute URL like " + schemes[0] + "://host:port");
            }
            for (String scheme : schemes) {
                if (scheme.equalsIgnoreCase(uri.getScheme())) {
                    return Optional.of(uri);
                }
            }
            throw new ConfigException(name, "must use " + String.join(" or ", schemes) + ", got " + uri.getScheme());
        } catch (java.net.URISyntaxException e) {
            throw new ConfigException(name, "is not a valid URL");
        }
    }

    public URI uri(String name, String fallback, String... schemes) {
        return optionalUri(name, schemes).orElseGet(() -> URI.create(fallback));
    }

    /** One of the allowed words, case-insensitive, returned lowercase. */
    public String choice(String name, String fallback, String... allowed) {
        String value = string(name, fallback).toLowerCase(Locale.ROOT);
        for (String option : allowed) {
            if (option.equals(value)) {
                return value;
            }
        }
        throw new ConfigException(name, "must be one of " + String.join(", ", allowed) + ", got '" + value + "'");
    }

    /** Runs a parser over a value and turns its IllegalArgumentException into a ConfigException. */
    public <T> Optional<T> parse(String name, Function<String, T> parser) {
        Optional<String> value = optional(name);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(parser.apply(value.get()));
        } catch (IllegalArgumentException e) {
            throw new ConfigException(name, e.getMessage());
        }
    }

    private <T> T parsed(String name, T fallback, Function<String, T> parser, String expected) {
        Optional<String> value = optional(name);
        if (value.isEmpty()) {
            return fallback;
        }
        try {
            return parser.apply(value.get());
        } catch (NumberFormatException e) {
            throw new ConfigException(name, "must be " + expected + ", got '" + value.get() + "'");
        }
    }
}
