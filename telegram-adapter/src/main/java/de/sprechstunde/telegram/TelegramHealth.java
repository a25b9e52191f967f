package de.sprechstunde.telegram;

import de.sprechstunde.core.port.ComponentHealth;
import de.sprechstunde.core.port.HealthIndicator;
import de.sprechstunde.telegram.api.ApiResult;
import de.sprechstunde.telegram.api.BotApi;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.objects.User;

/** {@code /health} for Telegram: the Bot API answers {@code getMe}, and updates are being received. */
final class TelegramHealth implements HealthIndicator {

    private final BotApi api;
    private final TelegramMode mode;
    private final Supplier<Optional<String>> receivingProblem;
    private final Clock clock;

    /** @param receivingProblem why updates are not being received right now, if they are not */
    TelegramHealth(BotApi api, TelegramMode mode, Supplier<Optional<String>> receivingProblem, Clock clock) {
        this.api = api;
        this.mode = mode;
        this.receivingProblem = receivingProblem;
        this.clock = clock;
    }

    @Override
    public ComponentHealth check() {
        Instant start = clock.instant();
        ApiResult<User> me = api.call(new GetMe());
        Duration latency = Duration.between(start, clock.instant());
        if (me.result().isEmpty()) {
            String why = me instanceof ApiResult.Failed<User> failed ? failed.description() : "no answer";
            return ComponentHealth.down("telegram", latency, "Bot API unreachable: " + why);
        }
        Map<String, String> details = Map.of("mode", mode.key(), "bot", "@" + me.result().get().getUserName(),
                "blocked_chats", Integer.toString(api.blockedChats().size()));
        Optional<String> problem = receivingProblem.get();
        if (problem.isPresent()) {
            return new ComponentHealth("telegram", ComponentHealth.Status.DEGRADED, latency, problem.get(), details);
        }
        return new ComponentHealth("telegram", ComponentHealth.Status.UP, latency,
                "@" + me.result().get().getUserName() + " via " + mode.key(), details);
    }
}
