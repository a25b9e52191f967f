package de.sprechstunde.deploy.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import de.sprechstunde.core.config.DeliverySettings;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DeliveryConfigTest {

    @Test
    void missingVariablesKeepTheDefaults() {
        assertEquals(DeliverySettings.defaults(), DeliveryConfig.read(new Env(Map.of())));
    }

    @Test
    void variablesAreRead() {
        DeliverySettings settings = DeliveryConfig.read(new Env(Map.of("DELIVERY_RETRY_WINDOW", "10",
                "DELIVERY_FIRST_BACKOFF_MS", "200", "DELIVERY_MAX_BACKOFF_MS", "2000", "DELIVERY_REDELIVERY_INTERVAL", "30", "DELIVERY_GIVE_UP_AFTER", "7200")));

        assertEquals(new DeliverySettings(Duration.ofSeconds(10), Duration.ofMillis(200), Duration.ofSeconds(2),
                Duration.ofSeconds(30), Duration.ofHours(2)), settings);
    }

    @Test
    void aLongestWaitShorterThanTheFirstIsRefused() {
        ConfigException e = assertThrows(ConfigException.class, () -> DeliveryConfig.read(new Env(Map.of(
                "DELIVERY_FIRST_BACKOFF_MS", "3000", "DELIVERY_MAX_BACKOFF_MS", "1000"))));

        assertEquals("DELIVERY_MAX_BACKOFF_MS: must not be shorter than DELIVERY_FIRST_BACKOFF_MS (3000) (got '1000')", e.getMessage());
    }
}
