package de.sprechstunde.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.sprechstunde.core.health.HealthRegistry;
import de.sprechstunde.core.port.ComponentHealth;
import de.sprechstunde.discord.fake.FakeDiscord;
import de.sprechstunde.discord.fake.RecordedRequest;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class SlowInteractionTest {

    @Test
    void aSlowCommandIsDeferredFirstAndTheAnswerFillsThePlaceholder() throws InterruptedException {
        CountDownLatch released = new CountDownLatch(1);
        HealthRegistry health = new HealthRegistry(Clock.systemUTC(), Duration.ofSeconds(20)).register("slow-backend", () -> {
            try {
                released.await(20, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return ComponentHealth.up("slow-backend", Duration.ofSeconds(2), "took its time");
        });
        try (DiscordRig rig = DiscordRig.start(builder -> builder.health(health))) {
            String token = "token-slow-" + FakeDiscord.nextId();

            String id = rig.discord.slashCommandInDm(FakeDiscord.nextId(), DiscordRig.ADMIN, token, "health", Map.of());

            RecordedRequest deferred = rig.await("POST", "interactions/" + id + "/" + token + "/callback", r -> true);
            released.countDown();
            assertEquals(5, deferred.json().path("type").asInt(), "deferred while the check runs: " + deferred);
            assertEquals(64, deferred.json().path("data").path("flags").asInt() & 64, "admin output stays private");
            RecordedRequest filled = rig.await("PATCH", "webhooks/\\d+/" + token + "/messages/@original", r -> true);
            assertTrue(filled.content().contains("slow-backend"), filled.toString());
        }
    }
}
