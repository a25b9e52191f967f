package de.sprechstunde.deploy.config;

import java.util.Objects;
import java.util.Optional;

/**
 * One declared configuration variable: a row of docs/configuration.md. Only {@link Variables}
 * makes them, and {@link Env} reads nothing else.
 *
 * @param name         e.g. {@code HTTP_PORT}
 * @param shownDefault the default as the documentation shows it: {@code `8000`}, or words such as
 *                     {@code —} (unset) and {@code host name}
 * @param meaning      what it does, in the documentation's words
 * @param module       the modules its value goes to
 * @param secret       whether its value must never appear in a message
 */
record Variable(String name, String shownDefault, String meaning, String module, boolean secret) {

    Variable {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(shownDefault, "shownDefault");
        Objects.requireNonNull(meaning, "meaning");
        Objects.requireNonNull(module, "module");
    }

    /** The default as a value the variable could be set to, when the documentation shows one in backticks. */
    Optional<String> literalDefault() {
        boolean literal = shownDefault.length() > 2 && shownDefault.startsWith("`") && shownDefault.endsWith("`")
                && shownDefault.indexOf('`', 1) == shownDefault.length() - 1;
        return literal ? Optional.of(shownDefault.substring(1, shownDefault.length() - 1)) : Optional.empty();
    }

    /** The row of the documentation's table. */
    String documentationRow() {
        return "| `" + name + "` | " + shownDefault + " | " + meaning + " |";
    }

    @Override
    public String toString() {
        return name;
    }
}
