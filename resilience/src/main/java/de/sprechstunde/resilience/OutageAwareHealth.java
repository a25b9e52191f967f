package de.sprechstunde.resilience;

import de.sprechstunde.core.port.ComponentHealth;
import de.sprechstunde.core.port.HealthIndicator;
import de.sprechstunde.resilience.WriteBuffer;
import java.util.HashMap;
import java.util.Map;

/**
 * A backend's health with its outage buffer: writes still waiting make an answering backend
 * DEGRADED (it is catching up), and their number is in the summary and details.
 */
final class OutageAwareHealth implements HealthIndicator {

    private final HealthIndicator backend;
    private final WriteBuffer writes;

    OutageAwareHealth(HealthIndicator backend, WriteBuffer writes) {
        this.backend = backend;
        this.writes = writes;
    }

    @Override
    public ComponentHealth check() {
        ComponentHealth health = backend.check();
        int queued = writes.size();
        Map<String, String> details = new HashMap<>(health.details());
        details.put("queued_writes", Integer.toString(queued));
        ComponentHealth.Status status = health.status() == ComponentHealth.Status.UP && queued > 0
                ? ComponentHealth.Status.DEGRADED : health.status();
        String summary = queued == 0 ? health.summary() : health.summary() + "; " + queued + " write(s) waiting to be replayed";
        return new ComponentHealth(health.name(), status, health.latency(), summary, details);
    }
}
