package de.sprechstunde.ollama;

import static de.sprechstunde.ollama.fake.FakeOllamaServer.FAST_MODEL;
import static de.sprechstunde.ollama.fake.FakeOllamaServer.MAIN_MODEL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.sprechstunde.core.health.HealthRegistry;
import de.sprechstunde.core.health.HealthReport;
import de.sprechstunde.core.pipeline.TutorBot;
import de.sprechstunde.core.pipeline.TutorBotBuilder;
import de.sprechstunde.core.port.ComponentHealth;
import de.sprechstunde.core.testing.Messages;
import de.sprechstunde.core.testing.RecordingReplySink;
import de.sprechstunde.core.testing.ScriptedGrammarChecker;
import de.sprechstunde.ollama.fake.FakeOllamaServer;
import de.sprechstunde.ollama.fake.RecordedOllamaRequest;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The Ollama adapter wired into the tutor the way the composition root does it. */
class OllamaTutorBotTest {

    private final FakeOllamaServer ollama = FakeOllamaServer.start();
    private final Messages lena = Messages.lena();
    private final HealthRegistry health = new HealthRegistry(Clock.systemUTC(), Duration.ofSeconds(10));
    private OllamaBackend backend;
    private TutorBot bot;

    @AfterEach
    void stop() {
        if (bot != null) {
            bot.close();
        }
        if (backend != null) {
            backend.close();
        }
        health.close();
        ollama.close();
    }

    private void startBot() {
        backend = OllamaBackend.create(OllamaTesting.settings(ollama), Clock.systemUTC(), new SimpleMeterRegistry());
        backend.start();
        health.register(OllamaHealth.NAME, backend.health());
        bot = new TutorBotBuilder(backend.chatModel()).health(health).build();
    }

    private RecordingReplySink send(String text) {
        RecordingReplySink sink = new RecordingReplySink();
        bot.receive(lena.text(text), sink).join();
        return sink;
    }

    @Test
    void thePreloadOfBothModelsReachesOllamaBeforeTheFirstLearnerMessage() {
        ollama.slowLoad(Duration.ofMillis(500));
        startBot();

        RecordingReplySink sink = send("Hallo, ich heiße Tom");

        assertEquals(FakeOllamaServer.DEFAULT_ANSWER, sink.lastText());
        RecordedOllamaRequest question = ollama.questions().get(0);
        for (String model : new String[] {MAIN_MODEL, FAST_MODEL}) {
            RecordedOllamaRequest preload = ollama.preloads().stream().filter(r -> model.equals(r.model()))
                    .findFirst().orElseThrow(() -> new AssertionError("no preload of " + model + ": " + ollama.requests()));
            assertTrue(preload.sequence() < question.sequence(), "order: " + ollama.requests());
        }
        assertTrue(question.lastMessage().contains("Hallo, ich heiße Tom"));
    }

    @Test
    void withOllamaDownTheBotStartsSaysSoAndCommandsKeepWorking() {
        ollama.refuseConnections();
        startBot();

        HealthReport report = health.check();
        RecordingReplySink chat = send("Hallo!");
        RecordingReplySink command = send("/level B2");

        ComponentHealth component = report.components().get(0);
        assertEquals(ComponentHealth.Status.DOWN, component.status());
        assertEquals(ComponentHealth.Status.DEGRADED, report.status());
        assertTrue(chat.lastText().contains("offline"), chat.lastText());
        assertTrue(command.lastText().contains("B2"), command.lastText());
    }

    @Test
    void whenOllamaComesBackTheTutorAnswersAgain() {
        ollama.refuseConnections();
        startBot();
        assertTrue(send("Hallo!").lastText().contains("offline"));

        ollama.acceptConnections();

        assertEquals(FakeOllamaServer.DEFAULT_ANSWER, send("Guten Morgen!").lastText());
    }

    @Test
    void theFastModelsStructuredCorrectionIsVerifiedAndShownBeforeTheAnswer() {
        ollama.answeringStructured(FAST_MODEL, "{\"corrections\":[{\"wrong\":\"in die Stadt\",\"fix\":\"in der Stadt\","
                + "\"category\":\"case\",\"explanation\":\"Wohnen says where: dative.\"},{\"wrong\":\"im Park\","
                + "\"fix\":\"in den Park\",\"category\":\"case\",\"explanation\":\"Not in the text.\"}]}");
        backend = OllamaBackend.create(OllamaTesting.settings(ollama), Clock.systemUTC(), new SimpleMeterRegistry());
        backend.start();
        bot = new TutorBotBuilder(backend.chatModel()).correctionProposer(backend.correctionProposer())
                .grammar(new ScriptedGrammarChecker()).health(health).build();
        send("Hallo!"); // waits for the start-up preload, while which no suggestions are asked for

        RecordingReplySink sink = send("Ich wohne in die Stadt.");

        // one message: the correction leads, the answer follows
        assertEquals(List.of("💡 „in die Stadt“ → „*in der Stadt*“ — Wohnen says where: dative. (suggestion)\n\n"
                + FakeOllamaServer.DEFAULT_ANSWER), sink.texts());
        assertEquals(FAST_MODEL, ollama.structured().get(ollama.structured().size() - 1).model());
        assertTrue(ollama.questions().get(1).body().path("messages").get(0).path("content").asText()
                .contains("\"in die Stadt\" -> \"in der Stadt\" (case, the tutor's suggestion)"));
    }
}
