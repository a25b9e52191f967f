package de.sprechstunde.core.config;

import java.util.Objects;

/**
 * A credential such as a bot token. Its {@code toString()} never shows the value, so it cannot leak
 * into logs, exceptions or metrics by accident; only {@link #reveal()} does, at the one place that
 * hands it to a client library.
 */
public final class Secret {

    private final String value;

    private Secret(String value) {
        this.value = value;
    }

    public static Secret of(String value) {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("a secret must not be blank");
        }
        return new Secret(value);
    }

    /** The real value; pass it straight to the library that needs it and nowhere else. */
    public String reveal() {
        return value;
    }

    /** Replaces every occurrence of the secret in {@code text}, for messages from libraries that echo URLs. */
    public String redact(String text) {
        return text == null ? null : text.replace(value, "****");
    }

    @Override
    public String toString() {
        return "****";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Secret secret && secret.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }
}
