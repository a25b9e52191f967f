package de.sprechstunde.deploy.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.sprechstunde.core.learner.CefrLevel;
import de.sprechstunde.core.learner.Platform;
import de.sprechstunde.core.learner.Turn;
import de.sprechstunde.core.pipeline.TutorBot;
import de.sprechstunde.core.pipeline.TutorBotBuilder;
import de.sprechstunde.core.port.ChatMessage;
import de.sprechstunde.core.testing.Messages;
import de.sprechstunde.core.testing.MutableClock;
import de.sprechstunde.core.testing.RecordingReplySink;
import de.sprechstunde.core.testing.ScriptedChatModel;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded default: no MONGODB_URI, an in-process MongoDB storing under DATA_DIR; data survives a restart. */
class EmbeddedRestartTest {

    @TempDir
    Path dataDir;

    private final MutableClock clock = MutableClock.startingAt("2026-11-27T10:00:00Z");
    private final Messages lena = new Messages(Platform.TELEGRAM, "4242");

    @Test
    void levelAndHistorySurviveARestartOfTheEmbeddedStore() {
        ScriptedChatModel before = new ScriptedChatModel().answer("Schön! Was hast du noch gekauft?");
        try (StateBackend state = StateBackend.connect(StateSettings.defaults(dataDir), clock, new SimpleMeterRegistry());
             TutorBot bot = state.applyTo(new TutorBotBuilder(before).clock(clock)).build()) {
            send(bot, lena.text("/level B2"));
            send(bot, lena.text("Ich habe gestern Brot gekauft."));
        }

        ScriptedChatModel after = new ScriptedChatModel();
        try (StateBackend state = StateBackend.connect(StateSettings.defaults(dataDir), clock, new SimpleMeterRegistry());
             TutorBot bot = state.applyTo(new TutorBotBuilder(after).clock(clock)).build()) {
            assertEquals(CefrLevel.B2, state.learners().find(lena.learner()).orElseThrow().level());
            assertEquals(List.of(Turn.learner("Ich habe gestern Brot gekauft.", clock.instant()),
                    Turn.tutor("Schön! Was hast du noch gekauft?", clock.instant())), state.conversations().recent(lena.learner(), 10));

            send(bot, lena.text("Und Käse."));

            List<ChatMessage> prompt = after.lastRequest().messages();
            assertTrue(prompt.get(0).content().contains("level is B2"), prompt.get(0).content());
            assertTrue(prompt.stream().anyMatch(m -> m.content().contains("Was hast du noch gekauft?")), prompt.toString());
        }
    }

    @Test
    void aMessageAcceptedButNotAnsweredBeforeTheStopIsAnsweredAfterTheRestart() {
        try (StateBackend state = StateBackend.connect(StateSettings.defaults(dataDir), clock, new SimpleMeterRegistry())) {
            state.ledger().accept(lena.text("31", "Bist du noch da?"));
        }

        ScriptedChatModel model = new ScriptedChatModel().answer("Ja, ich bin da!");
        de.sprechstunde.core.testing.FakeChatPlatform telegram = new de.sprechstunde.core.testing.FakeChatPlatform(Platform.TELEGRAM);
        try (StateBackend state = StateBackend.connect(StateSettings.defaults(dataDir), clock, new SimpleMeterRegistry());
             TutorBot bot = state.applyTo(new TutorBotBuilder(model).clock(clock)).build()) {
            bot.connect(telegram).join();

            assertEquals(List.of("Ja, ich bin da!"), telegram.replaySink().texts());
            assertEquals(List.of(), state.ledger().unanswered(Platform.TELEGRAM));
        }
    }

    @Test
    void theSweepDeletesTurnsOlderThanTheRetention() {
        try (StateBackend state = StateBackend.connect(StateSettings.defaults(dataDir), clock, new SimpleMeterRegistry())) {
            state.conversations().append(lena.learner(), Turn.learner("alt", clock.instant().minus(java.time.Duration.ofDays(91))));
            state.conversations().append(lena.learner(), Turn.learner("neu", clock.instant()));
        }
        try (de.sprechstunde.mongo.MongoBackend mongo = de.sprechstunde.mongo.MongoBackend.connect(
                de.sprechstunde.mongo.MongoSettings.defaults().withPool(4, 0), dataDir, StateBackend.LEDGER_RETENTION, clock)) {
            assertEquals(List.of(Turn.learner("neu", clock.instant())), mongo.conversations().recent(lena.learner(), 10),
                    "the sweep at start removed the old turn");
        }
    }

    @Test
    void aSecondBotOnTheSameDataDirIsToldWhy() {
        try (StateBackend state = StateBackend.connect(StateSettings.defaults(dataDir), clock, new SimpleMeterRegistry())) {
            IllegalStateException error = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                    () -> StateBackend.connect(StateSettings.defaults(dataDir), clock, new SimpleMeterRegistry()));
            assertTrue(error.getMessage().contains("another bot using this DATA_DIR"), error.getMessage());
        }
    }

    private static RecordingReplySink send(TutorBot bot, de.sprechstunde.core.message.IncomingMessage message) {
        RecordingReplySink sink = new RecordingReplySink();
        bot.receive(message, sink).join();
        return sink;
    }
}
