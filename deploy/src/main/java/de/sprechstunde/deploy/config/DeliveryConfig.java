package de.sprechstunde.deploy.config;

import static de.sprechstunde.deploy.config.Variables.DELIVERY_FIRST_BACKOFF_MS;
import static de.sprechstunde.deploy.config.Variables.DELIVERY_GIVE_UP_AFTER;
import static de.sprechstunde.deploy.config.Variables.DELIVERY_MAX_BACKOFF_MS;
import static de.sprechstunde.deploy.config.Variables.DELIVERY_REDELIVERY_INTERVAL;
import static de.sprechstunde.deploy.config.Variables.DELIVERY_RETRY_WINDOW;

import de.sprechstunde.core.config.DeliverySettings;
import java.time.Duration;

/** Reads DELIVERY_* (docs/reliability.md): how hard replies are pushed through platform failures. */
final class DeliveryConfig {

    private DeliveryConfig() {
    }

    static DeliverySettings read(Env env) {
        DeliverySettings d = DeliverySettings.defaults();
        Duration first = env.millis(DELIVERY_FIRST_BACKOFF_MS, d.firstBackoff(), 1, 60_000);
        Duration max = env.millis(DELIVERY_MAX_BACKOFF_MS, d.maxBackoff(), 1, 600_000);
        if (max.compareTo(first) < 0) {
            throw env.bad(DELIVERY_MAX_BACKOFF_MS, "must not be shorter than DELIVERY_FIRST_BACKOFF_MS (" + first.toMillis() + ")");
        }
        return new DeliverySettings(env.seconds(DELIVERY_RETRY_WINDOW, d.retryWindow(), 1, 3600), first, max,
                env.seconds(DELIVERY_REDELIVERY_INTERVAL, d.redeliveryInterval(), 1, 86_400),
                env.seconds(DELIVERY_GIVE_UP_AFTER, d.giveUpAfter(), 60, 2 * 86_400));
    }
}
