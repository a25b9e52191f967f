package de.sprechstunde.core.port;

/**
 * Checks one dependency for {@code /health}.
 *
 * <p>Thread-safe; must not throw and should return within a few seconds (report DOWN on timeout).
 */
public interface HealthIndicator {

    ComponentHealth check();
}
