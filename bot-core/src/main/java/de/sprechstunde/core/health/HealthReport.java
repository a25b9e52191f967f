package de.sprechstunde.core.health;

import de.sprechstunde.core.port.ComponentHealth;
import java.time.Duration;
import java.util.List;

/**
 * All dependencies at one moment.
 *
 * @param status     UP when every configured component is up, DEGRADED when some are down, DOWN never
 *                   (the bot itself answers, so it is never wholly down while it can report)
 * @param uptime     how long the bot has run
 * @param components each dependency, in registration order
 */
public record HealthReport(ComponentHealth.Status status, Duration uptime, List<ComponentHealth> components) {
    public HealthReport {
        components = List.copyOf(components);
    }
}
