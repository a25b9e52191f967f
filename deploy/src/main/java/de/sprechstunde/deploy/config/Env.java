package de.sprechstunde.deploy.config;

import de.sprechstunde.core.config.Secret;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The one typed reader of the configuration variables, and the only place that reads the process
 * environment (through {@link #fromSystem}). It reads only {@link Variables declared} variables,
 * each at most once, so one value reaches every module that needs it. Blank values count as unset.
 * Every bad value fails with one {@link ConfigException}: {@code NAME: problem (got 'value')},
 * with secrets never shown and the credentials in URLs masked. Not thread-safe: read at start-up.
 */
public final class Env {

    private final Map<String, String> values;
    private final Set<Variable> read = new HashSet<>();

    public Env(Map<String, String> values) {
        this.values = Map.copyOf(values);
    }

    /** The process environment over the {@code .env} file in the working directory. */
    public static Env fromSystem() {
        Map<String, String> merged = new HashMap<>(DotEnv.read(Path.of(".env")));
        merged.putAll(System.getenv());
        return new Env(merged);
    }

    /** The value, or empty when unset or blank. */
    Optional<String> optional(Variable variable) {
        if (!read.add(variable)) {
            // a second read would let two modules disagree about one setting
            throw new IllegalStateException(variable.name() + " is read twice; read it once and pass the value on");
        }
        return given(variable);
    }

    String string(Variable variable, String fallback) {
        return optional(variable).orElse(fallback);
    }

    /** A value that must match {@code shape}; {@code expected} says what it should look like. */
    String matching(Variable variable, String fallback, Pattern shape, String expected) {
        String value = string(variable, fallback);
        if (!shape.matcher(value).matches()) {
            throw bad(variable, "must be " + expected);
        }
        return value;
    }

    Optional<Secret> secret(Variable variable) {
        return optional(variable).map(Secret::of);
    }

    /** A secret that must match {@code shape}; the message says what it should look like, never what it is. */
    Optional<Secret> secret(Variable variable, Pattern shape, String expected) {
        Optional<Secret> secret = secret(variable);
        if (secret.isPresent() && !shape.matcher(secret.get().reveal()).matches()) {
            throw bad(variable, "must be " + expected);
        }
        return secret;
    }

    int integer(Variable variable, int fallback, int min, int max) {
        return (int) longValue(variable, fallback, min, max);
    }

    long longValue(Variable variable, long fallback, long min, long max) {
        long value = parsed(variable, fallback, Long::parseLong, "a whole number");
        if (value < min || value > max) {
            throw bad(variable, "must be between " + min + " and " + max);
        }
        return value;
    }

    double decimal(Variable variable, double fallback, double min, double max) {
        double value = parsed(variable, fallback, Double::parseDouble, "a number");
        if (!(value >= min && value <= max)) {
            throw bad(variable, "must be between " + min + " and " + max);
        }
        return value;
    }

    boolean bool(Variable variable, boolean fallback) {
        return optional(variable).map(value -> switch (value.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "on", "1" -> true;
            case "false", "no", "off", "0" -> false;
            default -> throw bad(variable, "must be true or false");
        }).orElse(fallback);
    }

    /** Whole seconds; {@code min} and {@code max} in seconds. */
    Duration seconds(Variable variable, Duration fallback, long min, long max) {
        return Duration.ofSeconds(longValue(variable, fallback.toSeconds(), min, max));
    }

    /** Whole milliseconds; {@code min} and {@code max} in milliseconds. */
    Duration millis(Variable variable, Duration fallback, long min, long max) {
        return Duration.ofMillis(longValue(variable, fallback.toMillis(), min, max));
    }

    /** An absolute URL with a host and one of the given schemes, e.g. {@code http}, {@code https}. */
    Optional<URI> optionalUri(Variable variable, String... schemes) {
        return optional(variable).map(value -> uri(variable, value, schemes));
    }

    /** One URL of a variable's value (all of it, or one entry of a list), checked as {@link #optionalUri}. */
    URI uri(Variable variable, String value, String... schemes) {
        URI uri;
        try {
            uri = new URI(value);
        } catch (URISyntaxException e) {
            throw bad(variable, "is not a valid URL");
        }
        if (uri.getScheme() == null || uri.getHost() == null) {
            throw bad(variable, "must be an absolute URL like " + schemes[0] + "://host:port");
        }
        if (Arrays.stream(schemes).noneMatch(scheme -> scheme.equalsIgnoreCase(uri.getScheme()))) {
            throw bad(variable, "must use " + String.join(" or ", schemes));
        }
        return uri;
    }

    URI uri(Variable variable, URI fallback, String... schemes) {
        return optionalUri(variable, schemes).orElse(fallback);
    }

    /** Comma-separated entries, stripped, blanks left out; empty when unset. */
    List<String> list(Variable variable) {
        return optional(variable).stream()
                .flatMap(value -> Arrays.stream(value.split(",")))
                .map(String::strip)
                .filter(entry -> !entry.isEmpty())
                .toList();
    }

    /** One of the allowed words, case-insensitive, returned as spelled in {@code allowed}. */
    String choice(Variable variable, String fallback, List<String> allowed) {
        String value = string(variable, fallback);
        return allowed.stream().filter(option -> option.equalsIgnoreCase(value)).findFirst()
                .orElseThrow(() -> bad(variable, "must be one of " + String.join(", ", allowed)));
    }

    /** One of the enum's constants by name, case-insensitive. */
    <E extends Enum<E>> E choice(Variable variable, E fallback) {
        E[] constants = fallback.getDeclaringClass().getEnumConstants();
        List<String> names = Arrays.stream(constants).map(constant -> constant.name().toLowerCase(Locale.ROOT)).toList();
        return constants[names.indexOf(choice(variable, fallback.name().toLowerCase(Locale.ROOT), names))];
    }

    /** Runs a parser over a set value; its IllegalArgumentException's message becomes the problem. */
    <T> Optional<T> parse(Variable variable, Function<String, T> parser) {
        return optional(variable).map(value -> {
            try {
                return parser.apply(value);
            } catch (IllegalArgumentException e) {
                throw bad(variable, String.valueOf(e.getMessage()));
            }
        });
    }

    /**
     * The error for a variable whose value (already read) breaks a rule, e.g. one that involves
     * another variable: {@code NAME: problem (got 'value')}, or {@code (got nothing)} when unset.
     */
    ConfigException bad(Variable variable, String problem) {
        String shown = given(variable).map(value -> ShownValue.of(variable, value)).orElse("nothing");
        return new ConfigException(variable.name(), problem + " (got " + shown + ")");
    }

    private Optional<String> given(Variable variable) {
        String value = values.get(variable.name());
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }

    private <T> T parsed(Variable variable, T fallback, Function<String, T> parser, String expected) {
        Optional<String> value = optional(variable);
        if (value.isEmpty()) {
            return fallback;
        }
        try {
            return parser.apply(value.get());
        } catch (NumberFormatException e) {
            throw bad(variable, "must be " + expected);
        }
    }
}
