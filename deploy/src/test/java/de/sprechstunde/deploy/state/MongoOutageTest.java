package de.sprechstunde.deploy.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.sprechstunde.core.health.HealthRegistry;
import de.sprechstunde.core.learner.CefrLevel;
import de.sprechstunde.core.learner.Platform;
import de.sprechstunde.core.message.IncomingMessage;
import de.sprechstunde.core.pipeline.TutorBot;
import de.sprechstunde.core.pipeline.TutorBotBuilder;
import de.sprechstunde.core.port.ComponentHealth;
import de.sprechstunde.core.testing.Messages;
import de.sprechstunde.core.testing.MutableClock;
import de.sprechstunde.core.testing.RecordingReplySink;
import de.sprechstunde.core.testing.ScriptedChatModel;
import de.sprechstunde.mongo.MongoSettings;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * MongoDB stopped mid-test (an in-process server on a file, restarted on the same port): the bot
 * keeps answering, writes wait in the buffer and reach MongoDB after it is back, and a profile
 * made up during the outage never overwrites the learner's real one.
 */
class MongoOutageTest {

    @TempDir
    Path dir;

    private final MutableClock clock = MutableClock.startingAt("2026-11-27T10:00:00Z");
    private final Messages lena = new Messages(Platform.TELEGRAM, "4242");
    private final ScriptedChatModel model = new ScriptedChatModel();

    @Test
    void theBotAnswersThroughAMongoOutageAndNothingAcceptedIsLost() throws Exception {
        int port = LocalServers.freePort();
        String file = dir.resolve("outage.mv").toString();
        MongoServer mongo = start(file, port);
        StateSettings settings = StateSettings.defaults(dir)
                .withMongo(MongoSettings.defaults().withPool(4, 0).withUri("mongodb://127.0.0.1:" + port + "/sprechstunde"));
        try (StateBackend first = StateBackend.connect(settings, clock, new SimpleMeterRegistry());
             HealthRegistry health = first.registerHealth(new HealthRegistry(clock, Duration.ofSeconds(10)));
             TutorBot bot = first.applyTo(new TutorBotBuilder(model).clock(clock).health(health)).build()) {
            send(bot, lena.text("/level B2"));
            clock.advance(Duration.ofMinutes(5));

            mongo.shutdownNow();

            assertTrue(send(bot, lena.text("Hallo während des Ausfalls")).lastText().contains("Wochenende"));
            assertTrue(send(bot, lena.text("/level C1")).lastText().contains("C1"));
            assertTrue(model.lastRequest().messages().get(0).content().contains("level is B2"), "the profile came from memory");
            assertEquals(ComponentHealth.Status.DOWN, mongoHealth(health));
            assertTrue(first.bufferedWrites() > 0, "writes wait in the buffer");

            try (StateBackend second = StateBackend.connect(settings, clock, new SimpleMeterRegistry());
                 TutorBot other = second.applyTo(new TutorBotBuilder(model).clock(clock)).build()) {
                assertTrue(send(other, lena.text("Hallo von einer anderen Instanz")).lastText().contains("Wochenende"),
                        "an instance that never saw the profile still answers");

                mongo = start(file, port);

                assertTrue(LocalServers.eventually(Duration.ofSeconds(60),
                        () -> first.bufferedWrites() == 0 && second.bufferedWrites() == 0), "the buffers were replayed");
            }
            assertEquals(CefrLevel.C1, first.learners().find(lena.learner()).orElseThrow().level(),
                    "the outage's own change arrived; the other instance's made-up profile did not overwrite it");
            assertEquals(4, first.conversations().recent(lena.learner(), 100).size(), "both exchanges of the outage, none lost");
            assertTrue(LocalServers.eventually(Duration.ofSeconds(30), () -> mongoHealth(health) == ComponentHealth.Status.UP));
        } finally {
            mongo.shutdownNow();
        }
    }

    private static MongoServer start(String file, int port) {
        MongoServer server = new MongoServer(new H2Backend(file));
        server.bind("127.0.0.1", port);
        return server;
    }

    private static ComponentHealth.Status mongoHealth(HealthRegistry health) {
        return health.check().components().stream().filter(c -> c.name().equals("mongodb")).findFirst().orElseThrow().status();
    }

    private static RecordingReplySink send(TutorBot bot, IncomingMessage message) {
        RecordingReplySink sink = new RecordingReplySink();
        bot.receive(message, sink).join();
        return sink;
    }
}
