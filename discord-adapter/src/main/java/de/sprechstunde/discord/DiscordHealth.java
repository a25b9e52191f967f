package de.sprechstunde.discord;

import de.sprechstunde.core.port.ComponentHealth;
import de.sprechstunde.core.port.HealthIndicator;
import de.sprechstunde.discord.gateway.DiscordConnection;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import net.dv8tion.jda.api.JDA;

/**
 * {@code discord} in {@code /health}: up when every gateway session is connected, degraded while
 * some reconnect, down when none is. Reads JDA's state only; never calls Discord.
 */
final class DiscordHealth implements HealthIndicator {

    static final String NAME = "discord";

    private final Supplier<DiscordConnection> connection;

    DiscordHealth(Supplier<DiscordConnection> connection) {
        this.connection = connection;
    }

    @Override
    public ComponentHealth check() {
        DiscordConnection current = connection.get();
        if (current == null) {
            return ComponentHealth.down(NAME, Duration.ZERO, "not connected yet");
        }
        List<JDA> sessions = current.sessions();
        long connected = sessions.stream().filter(jda -> jda.getStatus() == JDA.Status.CONNECTED).count();
        long ping = sessions.stream().mapToLong(JDA::getGatewayPing).max().orElse(-1);
        String summary = connected + " of " + sessions.size() + " gateway session(s) connected"
                + (ping >= 0 ? ", heartbeat " + ping + " ms" : "");
        Map<String, String> details = Map.of("sessions", String.valueOf(sessions.size()), "connected", String.valueOf(connected));
        ComponentHealth.Status status = connected == sessions.size() && connected > 0 ? ComponentHealth.Status.UP
                : connected > 0 ? ComponentHealth.Status.DEGRADED : ComponentHealth.Status.DOWN;
        return new ComponentHealth(NAME, status, Duration.ZERO, summary, details);
    }
}
