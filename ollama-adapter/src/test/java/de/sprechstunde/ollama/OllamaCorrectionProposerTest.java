package de.sprechstunde.ollama;

import static de.sprechstunde.ollama.fake.FakeOllamaServer.FAST_MODEL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import com.fasterxml.jackson.databind.JsonNode;
import de.sprechstunde.core.learner.CefrLevel;
import de.sprechstunde.core.learner.ExplanationLanguage;
import de.sprechstunde.core.port.ProposedCorrection;
import de.sprechstunde.core.testing.CapturedLogs;
import de.sprechstunde.ollama.fake.FakeOllamaServer;
import de.sprechstunde.ollama.fake.RecordedOllamaRequest;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The structured correction request against the fake Ollama, which answers {@code format} as the real server does. */
class OllamaCorrectionProposerTest {

    private static final String CITY = "Ich wohne in die Stadt.";
    private static final String ONE_CORRECTION = "{\"corrections\":[{\"wrong\":\"in die Stadt\",\"fix\":\"in der Stadt\","
            + "\"category\":\"case\",\"explanation\":\"Wohnen says where: dative.\"}]}";

    private final FakeOllamaServer ollama = FakeOllamaServer.start();
    private final PreloadGate gate = new PreloadGate();
    private OllamaSettings settings = OllamaTesting.settings(ollama).toBuilder().correctionTimeout(Duration.ofSeconds(2)).build();
    private OllamaCorrectionProposer proposer;
    private OllamaPool pool;

    @AfterEach
    void stop() {
        if (proposer != null) {
            proposer.close();
            pool.close();
        }
        ollama.close();
    }

    private List<ProposedCorrection> propose(String text) {
        if (proposer == null) {
            pool = OllamaPool.create(settings, Clock.systemUTC(), new SimpleMeterRegistry(), () -> gate);
            proposer = new OllamaCorrectionProposer(settings, pool);
        }
        return proposer.propose(text, CefrLevel.A2, ExplanationLanguage.ENGLISH);
    }

    @Test
    void theFastModelIsAskedWithAJsonSchemaAndItsJsonAnswerIsRead() {
        ollama.answeringStructured(FAST_MODEL, ONE_CORRECTION);

        List<ProposedCorrection> proposals = propose(CITY);

        assertEquals(List.of(new ProposedCorrection("in die Stadt", "in der Stadt", "case", "Wohnen says where: dative.")), proposals);
        RecordedOllamaRequest sent = ollama.structured().get(0);
        assertEquals(FAST_MODEL, sent.model());
        JsonNode format = sent.format();
        assertEquals("object", format.path("type").asText());
        assertEquals("array", format.path("properties").path("corrections").path("type").asText());
        JsonNode category = format.path("properties").path("corrections").path("items").path("properties").path("category");
        assertTrue(category.path("enum").toString().contains("\"word-order\""), category.toString());
        assertEquals(0.0, sent.option("temperature").asDouble(), 0.0);
        assertEquals(settings.contextTokens(), sent.option("num_ctx").asInt());
        assertEquals("24h", sent.keepAlive());
        assertTrue(sent.lastMessage().equals("<learner>" + CITY + "</learner>"), sent.lastMessage());
        assertTrue(sent.body().path("messages").get(0).path("content").asText().contains("\"corrections\""));
        assertEquals(List.of(), ollama.questions(), "a structured request is no conversation question");
    }

    @Test
    void noMistakesIsAnEmptyList() {
        assertEquals(List.of(), propose("Ich wohne in der Stadt."));
        assertEquals(1, ollama.structured().size());
    }

    @Test
    void garbageJsonYieldsNothingAndOneLogLine() {
        ollama.answeringStructured(FAST_MODEL, "Sure! Here are the corrections: in die → in der");
        try (CapturedLogs logs = CapturedLogs.of(OllamaCorrectionProposer.class)) {
            assertEquals(List.of(), propose(CITY));
            assertEquals(1, logs.count(Level.WARN, "not the JSON asked for"), logs.lines().toString());
        }
    }

    @Test
    void anAnswerOfTheWrongShapeKeepsOnlyTheItemsThatFit() {
        ollama.answeringStructured(FAST_MODEL, "{\"corrections\":[{\"wrong\":\"in die\"},{\"wrong\":\"in die Stadt\","
                + "\"fix\":\"in der Stadt\",\"category\":\"case\",\"explanation\":\"Dative.\"},42]}");

        assertEquals(1, propose(CITY).size());
    }

    @Test
    void aSlowModelYieldsNothingWithinTheCorrectionTimeout() {
        ollama.slowFirstToken(Duration.ofSeconds(5));
        long start = System.nanoTime();

        assertEquals(List.of(), propose(CITY));
        assertTrue(Duration.ofNanos(System.nanoTime() - start).compareTo(Duration.ofMillis(4500)) < 0);
    }

    @Test
    void anUnreachableOllamaYieldsNothing() {
        ollama.refuseConnections();
        try (CapturedLogs logs = CapturedLogs.of(OllamaCorrectionProposer.class)) {
            assertEquals(List.of(), propose(CITY));
            assertEquals(1, logs.count(Level.WARN, "did not answer (unavailable"), logs.lines().toString());
        }
    }

    @Test
    void nothingIsAskedWhileTheStartUpPreloadIsRunning() {
        gate.arm(FAST_MODEL);

        assertEquals(List.of(), propose(CITY));
        assertEquals(List.of(), ollama.requests());
    }
}
