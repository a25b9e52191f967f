package de.sprechstunde.deploy.state;

import static de.sprechstunde.deploy.state.LocalServers.send;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.bwaldvogel.mongo.MongoServer;
import de.sprechstunde.core.learner.Platform;
import de.sprechstunde.core.message.IncomingMessage;
import de.sprechstunde.core.pipeline.TutorBot;
import de.sprechstunde.core.pipeline.TutorBotBuilder;
import de.sprechstunde.core.testing.Messages;
import de.sprechstunde.core.testing.MutableClock;
import de.sprechstunde.core.testing.RecordingReplySink;
import de.sprechstunde.core.testing.ScriptedChatModel;
import de.sprechstunde.redis.RunningRedis;
import de.sprechstunde.redis.SharedRedis;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The whole bot, two instances, on a real local 3-master Redis Cluster through deploy's state wiring. */
class ClusterBotTest {

    private static final String PREFIX = "cluster-bot:" + UUID.randomUUID() + ":";

    @RegisterExtension
    static final RunningRedis REDIS = RunningRedis.cluster(PREFIX);

    @TempDir
    Path dataDir;

    private final ScriptedChatModel model = new ScriptedChatModel();
    private final MutableClock clock = MutableClock.startingAt("2026-12-02T10:00:00Z");
    private final Messages lena = new Messages(Platform.TELEGRAM, "lena-" + UUID.randomUUID());
    private final MongoServer mongo = LocalServers.memoryMongo();
    /** Bots before their state: the last opened is closed first. */
    private final Deque<AutoCloseable> closing = new ArrayDeque<>();

    @AfterEach
    void stop() throws Exception {
        while (!closing.isEmpty()) {
            closing.pop().close();
        }
        mongo.shutdownNow();
    }

    private TutorBot bot() {
        StateSettings settings = StateSettings.defaults(dataDir)
                .withMongo(LocalServers.settings(LocalServers.uri(mongo), null, dataDir).mongo())
                .withRedis(SharedRedis.settings(REDIS.setup().url(), PREFIX));
        StateBackend state = StateBackend.connect(settings, clock, new SimpleMeterRegistry());
        closing.push(state);
        TutorBot bot = state.applyTo(new TutorBotBuilder(model).clock(clock)).build();
        closing.push(bot);
        return bot;
    }

    @Test
    void aRedeliveryToAnotherInstanceIsNotAnsweredAgainAndTheRateLimitIsShared() {
        TutorBot first = bot();
        TutorBot second = bot();
        IncomingMessage message = lena.text("4711", "Guten Morgen!");

        assertEquals(1, send(first, message).texts().size());
        assertTrue(send(second, message).replies().isEmpty(), "the other instance recognises the redelivery");

        List<RecordingReplySink> sinks = new ArrayList<>();
        for (int i = 0; i < 39; i++) {
            sinks.add(send(i % 2 == 0 ? first : second, lena.text("Satz Nummer " + i + ".")));
        }
        assertEquals(30, model.requests().size(), "30 a minute across both instances");
        assertEquals(1, sinks.stream().flatMap(s -> s.texts().stream()).filter(t -> t.contains("faster than I can think")).count());
    }

    @Test
    void forgetErasesTheLearnersRedisRecordsOnTheCluster() {
        TutorBot bot = bot();
        send(bot, lena.text("Ich habe gestern Brot gekauft."));
        String rateKey = PREFIX + "rl:{" + lena.learner().asString() + "}:text";
        assertEquals(1, REDIS.backend().connections().commands().exists(rateKey));

        send(bot, lena.text("/forget"));
        String receipt = send(bot, lena.text("/forget confirm")).lastText();

        assertTrue(receipt.contains("rate-limit and pending-message records in Redis"), receipt);
        assertEquals(0, REDIS.backend().connections().commands().exists(rateKey));
    }
}
