package de.sprechstunde.deploy.config;

import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a settings record's own validation error into a {@link ConfigException}. The modules'
 * settings records start their messages with the variable's name ("OLLAMA_RETRIES must be …").
 */
final class Validated {

    private static final Pattern VARIABLE_FIRST = Pattern.compile("^([A-Z][A-Z0-9_]+)[: ]+(.*)$", Pattern.DOTALL);

    private Validated() {
    }

    static <T> T settings(Supplier<T> constructor) {
        try {
            return constructor.get();
        } catch (ConfigException e) {
            throw e;
        } catch (IllegalArgumentException e) {
            String message = String.valueOf(e.getMessage());
            Matcher matcher = VARIABLE_FIRST.matcher(message);
            if (matcher.matches()) {
                throw new ConfigException(matcher.group(1), matcher.group(2));
            }
            throw new ConfigException("configuration", message);
        }
    }
}
