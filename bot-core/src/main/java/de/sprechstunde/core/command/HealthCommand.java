package de.sprechstunde.core.command;

import de.sprechstunde.core.health.HealthRegistry;
import de.sprechstunde.core.health.HealthReport;
import de.sprechstunde.core.learner.ExplanationLanguage;
import de.sprechstunde.core.learner.LearnerProfile;
import de.sprechstunde.core.port.ComponentHealth;

/** {@code /health} (admins): every dependency's state, as the HTTP endpoint reports it. */
public final class HealthCommand implements Command {

    private final HealthRegistry health;

    public HealthCommand(HealthRegistry health) {
        this.health = health;
    }

    @Override
    public String name() {
        return "health";
    }

    @Override
    public String usage() {
        return "/health";
    }

    @Override
    public String summary(ExplanationLanguage language) {
        return language.pick("state of the services (admin)", "Zustand der Dienste (Admin)");
    }

    @Override
    public boolean adminOnly() {
        return true;
    }

    @Override
    public LearnerProfile run(CommandCall call) {
        call.replyPrivately(format(health.check()));
        return call.profile();
    }

    static String format(HealthReport report) {
        StringBuilder text = new StringBuilder("🩺 *Health: ").append(report.status()).append("* — up ")
                .append(human(report.uptime().toSeconds()));
        for (ComponentHealth c : report.components()) {
            text.append('\n').append(icon(c.status())).append(' ').append(c.name()).append(": ").append(c.status());
            if (!c.summary().isBlank()) {
                text.append(" — ").append(c.summary());
            }
            if (c.status() != ComponentHealth.Status.DISABLED) {
                text.append(" (").append(c.latency().toMillis()).append(" ms)");
            }
        }
        return text.toString();
    }

    private static String icon(ComponentHealth.Status status) {
        return switch (status) {
            case UP -> "🟢";
            case DEGRADED -> "🟡";
            case DOWN -> "🔴";
            case DISABLED -> "⚪";
        };
    }

    private static String human(long seconds) {
        if (seconds < 60) {
            return seconds + " s";
        }
        if (seconds < 3600) {
            return seconds / 60 + " min";
        }
        return seconds / 3600 + " h " + (seconds % 3600) / 60 + " min";
    }
}
