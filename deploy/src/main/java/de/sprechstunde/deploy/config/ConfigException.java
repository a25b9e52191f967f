package de.sprechstunde.deploy.config;

/**
 * A configuration value is missing or wrong. The message is one line that names the variable and
 * says what is expected; it never contains the value of a secret.
 */
public final class ConfigException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String variable;

    public ConfigException(String variable, String problem) {
        super(variable + ": " + problem);
        this.variable = variable;
    }

    public String variable() {
        return variable;
    }
}
