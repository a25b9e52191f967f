package de.sprechstunde.deploy.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.bwaldvogel.mongo.MongoServer;
import de.sprechstunde.core.config.TutorSettings;
import de.sprechstunde.core.health.HealthRegistry;
import de.sprechstunde.core.learner.Platform;
import de.sprechstunde.core.pipeline.TutorBot;
import de.sprechstunde.core.pipeline.TutorBotBuilder;
import de.sprechstunde.core.port.CacheKind;
import de.sprechstunde.core.port.ComponentHealth;
import de.sprechstunde.core.port.RateBudget;
import de.sprechstunde.core.port.RateDecision;
import de.sprechstunde.core.testing.Messages;
import de.sprechstunde.core.testing.MutableClock;
import de.sprechstunde.core.testing.RecordingReplySink;
import de.sprechstunde.core.testing.ScriptedChatModel;
import de.sprechstunde.redis.RedisSettings;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Redis stopped mid-test (a redis-server of the test's own): the bot keeps answering, /health says so, and it recovers. */
class RedisOutageTest {

    @TempDir
    Path dataDir;

    @Test
    void withRedisStoppedTheBotStillAnswersHealthReportsRedisDownAndRecoveryIsAutomatic() throws Exception {
        ScriptedChatModel model = new ScriptedChatModel();
        MutableClock clock = MutableClock.startingAt("2026-11-27T10:00:00Z");
        Messages lena = new Messages(Platform.TELEGRAM, "4242");
        Messages admin = new Messages(Platform.TELEGRAM, "1");
        MongoServer mongo = LocalServers.memoryMongo();
        try (OwnRedisServer redis = new OwnRedisServer(LocalServers.freePort()).start();
             StateBackend state = StateBackend.connect(LocalServers.settings(LocalServers.uri(mongo), null, dataDir)
                     .withRedis(RedisSettings.of(redis.url()).withKeyPrefix("outage:").withTimeout(Duration.ofSeconds(5))), clock, new SimpleMeterRegistry());
             HealthRegistry health = state.registerHealth(new HealthRegistry(clock, Duration.ofSeconds(10)));
             TutorBot bot = state.applyTo(new TutorBotBuilder(model).clock(clock).health(health)
                     .settings(TutorSettings.defaults().withAdmins(Set.of(admin.learner())))).build()) {

            assertEquals(ComponentHealth.Status.UP, redisHealth(health));
            assertTrue(send(bot, lena.text("Hallo vor dem Ausfall")).lastText().contains("Wochenende"));

            redis.stop();

            RecordingReplySink during = send(bot, lena.text("900", "Hallo während des Ausfalls"));
            RecordingReplySink redelivered = send(bot, lena.text("900", "Hallo während des Ausfalls"));
            assertTrue(during.lastText().contains("Wochenende"), during.texts().toString());
            assertTrue(redelivered.replies().isEmpty(), "the in-process ledger still recognises a redelivery");
            assertEquals(2, model.requests().size(), "the model answered during the outage");
            assertEquals(ComponentHealth.Status.DOWN, redisHealth(health));
            String report = send(bot, admin.text("/health")).lastText();
            assertTrue(report.contains("redis: DOWN"), report);
            assertTrue(report.contains("mongodb: UP"), report);
            assertTrue(state.rateLimiter().tryAcquire(lena.learner(), RateBudget.TEXT) instanceof RateDecision.Allowed,
                    "the in-process limiter serves");

            redis.start();

            assertTrue(LocalServers.eventually(Duration.ofSeconds(60), () -> redisHealth(health) == ComponentHealth.Status.UP),
                    "Redis is reported up again");
            assertTrue(LocalServers.eventually(Duration.ofSeconds(30), () -> {
                state.responseCache().put(CacheKind.CONVERSATION, "probe", "wieder da");
                return state.responseCache().get(CacheKind.CONVERSATION, "probe").isPresent();
            }), "the shared cache is used again");
            assertTrue(send(bot, lena.text("Hallo nach dem Ausfall")).lastText().contains("Wochenende"));
        } finally {
            mongo.shutdownNow();
        }
    }

    private static ComponentHealth.Status redisHealth(HealthRegistry health) {
        return health.check().components().stream().filter(c -> c.name().equals("redis")).findFirst().orElseThrow().status();
    }

    private static RecordingReplySink send(TutorBot bot, de.sprechstunde.core.message.IncomingMessage message) {
        RecordingReplySink sink = new RecordingReplySink();
        bot.receive(message, sink).join();
        return sink;
    }
}
