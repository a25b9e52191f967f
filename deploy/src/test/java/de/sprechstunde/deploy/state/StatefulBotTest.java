package de.sprechstunde.deploy.state;

import static de.sprechstunde.deploy.state.LocalServers.send;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.bwaldvogel.mongo.MongoServer;
import de.sprechstunde.core.learner.Turn;
import de.sprechstunde.core.message.IncomingMessage;
import de.sprechstunde.core.pipeline.TutorBot;
import de.sprechstunde.core.pipeline.TutorBotBuilder;
import de.sprechstunde.core.port.ProgressEvent;
import de.sprechstunde.core.testing.Messages;
import de.sprechstunde.core.testing.MutableClock;
import de.sprechstunde.core.testing.RecordingReplySink;
import de.sprechstunde.core.testing.ScriptedChatModel;
import de.sprechstunde.redis.RedisBackend;
import de.sprechstunde.redis.SharedRedis;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The whole bot on the state backends: with Redis (the machine's, under this test's own prefix)
 * and without (in-process), always on MongoDB through the real driver.
 */
class StatefulBotTest {

    @TempDir
    Path dataDir;

    private final ScriptedChatModel model = new ScriptedChatModel();
    private final MutableClock clock = MutableClock.startingAt("2026-11-27T10:00:00Z");
    private final Messages lena = new Messages(de.sprechstunde.core.learner.Platform.TELEGRAM, "lena-" + UUID.randomUUID());
    private final String prefix = SharedRedis.uniquePrefix(StatefulBotTest.class);
    private final MongoServer mongo = LocalServers.memoryMongo();
    private final List<AutoCloseable> closing = new ArrayList<>();

    @AfterEach
    void stop() throws Exception {
        for (int i = closing.size() - 1; i >= 0; i--) {
            closing.get(i).close();
        }
        try (RedisBackend redis = SharedRedis.backend(prefix)) {
            SharedRedis.deleteAll(redis, prefix);
        }
        mongo.shutdownNow();
    }

    private StateBackend state(boolean withRedis) {
        StateBackend state = StateBackend.connect(LocalServers.settings(LocalServers.uri(mongo), withRedis ? prefix : null, dataDir),
                clock, new SimpleMeterRegistry());
        closing.add(state);
        return state;
    }

    private TutorBot bot(StateBackend state) {
        TutorBot bot = state.applyTo(new TutorBotBuilder(model).clock(clock)).build();
        closing.add(bot);
        return bot;
    }

    @ParameterizedTest(name = "with Redis: {0}")
    @ValueSource(booleans = {true, false})
    void fortyMessagesInAMinuteAtThirtyReachTheModelThirtyTimesAndGetOneNotice(boolean withRedis) {
        TutorBot bot = bot(state(withRedis));
        List<RecordingReplySink> sinks = new ArrayList<>();

        for (int i = 0; i < 40; i++) {
            sinks.add(send(bot, lena.text("Das ist mein Satz Nummer " + i + ".")));
        }

        assertEquals(30, model.requests().size());
        List<String> notices = sinks.stream().flatMap(s -> s.texts().stream()).filter(t -> t.contains("faster than I can think")).toList();
        assertEquals(1, notices.size(), notices.toString());
        assertEquals(1, sinks.get(30).texts().size(), "the 31st message gets the notice");
        for (int i = 31; i < 40; i++) {
            assertTrue(sinks.get(i).replies().isEmpty(), "message " + i + " is skipped silently");
        }
    }

    @ParameterizedTest(name = "with Redis: {0}")
    @ValueSource(booleans = {true, false})
    void aRedeliveredMessageIsAnsweredOnceEvenByAnotherInstance(boolean withRedis) {
        TutorBot first = bot(state(withRedis));
        TutorBot second = bot(state(withRedis));
        IncomingMessage message = lena.text("4711", "Guten Morgen!");

        RecordingReplySink once = send(first, message);
        RecordingReplySink again = send(first, message);
        RecordingReplySink elsewhere = send(second, message);

        assertEquals(1, once.texts().size());
        assertTrue(again.replies().isEmpty());
        assertTrue(elsewhere.replies().isEmpty());
        assertEquals(1, model.requests().size());
    }

    @ParameterizedTest(name = "with Redis: {0}")
    @ValueSource(booleans = {true, false})
    void forgetDeletesEverythingAfterConfirmationAndSaysWhat(boolean withRedis) {
        StateBackend state = state(withRedis);
        TutorBot bot = bot(state);
        send(bot, lena.text("/level B2"));
        send(bot, lena.text("Ich habe gestern Brot gekauft."));
        state.progress().record(lena.learner(), new ProgressEvent.WordsPractised(List.of("Brot"), clock.instant()));

        RecordingReplySink warning = send(bot, lena.text("/forget"));
        assertTrue(state.learners().find(lena.learner()).isPresent(), "nothing deleted before the confirmation");
        RecordingReplySink done = send(bot, lena.text("/forget confirm"));

        assertTrue(warning.lastText().contains("/forget confirm"), warning.lastText());
        String receipt = done.lastText();
        assertTrue(receipt.contains("I deleted your profile, 2 conversation turns and 1 progress records"), receipt);
        if (!withRedis) {
            assertTrue(receipt.contains("recent message records"), receipt); // the ledger lives in MongoDB then
        } else {
            assertTrue(receipt.contains("rate-limit and pending-message records in Redis"), receipt);
            try (RedisBackend redis = SharedRedis.backend(prefix)) {
                assertEquals(0, redis.connections().commands().exists(prefix + "rl:{" + lena.learner().asString() + "}:text"));
            }
        }
        assertTrue(state.learners().find(lena.learner()).isEmpty());
        assertEquals(List.<Turn>of(), state.conversations().recent(lena.learner(), 100));
        assertEquals(0, state.progress().load(lena.learner()).wordsPractised());
    }

    @ParameterizedTest(name = "with Redis: {0}")
    @ValueSource(booleans = {true, false})
    void adminsAreNotRateLimited(boolean withRedis) {
        StateBackend state = state(withRedis);
        TutorBot bot = state.applyTo(new TutorBotBuilder(model).clock(clock)
                .settings(de.sprechstunde.core.config.TutorSettings.defaults().withAdmins(Set.of(lena.learner())))).build();
        closing.add(bot);

        for (int i = 0; i < 35; i++) {
            send(bot, lena.text("Admin-Satz " + i));
        }

        assertEquals(35, model.requests().size());
    }
}
