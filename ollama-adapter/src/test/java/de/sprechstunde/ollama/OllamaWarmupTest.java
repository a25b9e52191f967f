package de.sprechstunde.ollama;

import static de.sprechstunde.ollama.fake.FakeOllamaServer.FAST_MODEL;
import static de.sprechstunde.ollama.fake.FakeOllamaServer.MAIN_MODEL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import de.sprechstunde.core.port.ChatMessage;
import de.sprechstunde.core.port.ChatRequest;
import de.sprechstunde.core.port.ModelTier;
import de.sprechstunde.core.port.TokenListener;
import de.sprechstunde.core.testing.CapturedLogs;
import de.sprechstunde.ollama.fake.FakeOllamaServer;
import de.sprechstunde.ollama.fake.RecordedOllamaRequest;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class OllamaWarmupTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    private final FakeOllamaServer ollama = FakeOllamaServer.start();
    private final PreloadGate gate = new PreloadGate();
    private final CapturedLogs warmupLog = CapturedLogs.of(OllamaWarmup.class);
    private OllamaSettings settings = OllamaTesting.settings(ollama);
    private OllamaWarmup warmup;

    @AfterEach
    void stop() {
        if (warmup != null) {
            warmup.close();
        }
        warmupLog.close();
        ollama.close();
    }

    private OllamaWarmup start() {
        warmup = new OllamaWarmup(settings, gate, Clock.systemUTC());
        warmup.start();
        return warmup;
    }

    private static boolean preloadOf(RecordedOllamaRequest request, String model) {
        return request.isPreload() && model.equals(request.model());
    }

    @Test
    void startReturnsAtOnceAndPreloadsBothModelsWithKeepAliveAndTheChatOptions() {
        ollama.slowLoad(Duration.ofSeconds(30));

        start();

        assertTrue(gate.holds(), "start() returned while the models are still loading");
        RecordedOllamaRequest main = ollama.awaitRequest(r -> preloadOf(r, MAIN_MODEL), WAIT);
        RecordedOllamaRequest fast = ollama.awaitRequest(r -> preloadOf(r, FAST_MODEL), WAIT);
        for (RecordedOllamaRequest preload : List.of(main, fast)) {
            assertEquals("/api/chat", preload.path());
            assertTrue(preload.body().path("messages").isArray() && preload.body().path("messages").isEmpty());
            assertEquals("24h", preload.keepAlive());
            assertEquals(4096, preload.option("num_ctx").asInt(), "same num_ctx as the questions, or Ollama reloads");
            assertEquals(0.7, preload.option("temperature").asDouble());
            assertEquals(2048, preload.option("num_predict").asInt());
        }
    }

    @Test
    void aQuestionAskedDuringTheWarmupReachesOllamaAfterBothPreloads() throws Exception {
        ollama.slowLoad(Duration.ofMillis(500));
        start();

        try (OllamaChatModel model = new OllamaChatModel(settings, gate)) {
            model.chat(new ChatRequest(ModelTier.FAST, List.of(ChatMessage.user("Hallo"))), TokenListener.IGNORE);
        }

        int question = ollama.questions().get(0).sequence();
        int mainPreload = ollama.awaitRequest(r -> preloadOf(r, MAIN_MODEL), WAIT).sequence();
        int fastPreload = ollama.awaitRequest(r -> preloadOf(r, FAST_MODEL), WAIT).sequence();
        assertTrue(mainPreload < question && fastPreload < question, "order: " + ollama.requests());
    }

    @Test
    void whileOllamaIsDownItRetriesLogsOnceAndPreloadsWhenOllamaIsBack() throws Exception {
        settings = settings.toBuilder().keepWarmInterval(Duration.ofMillis(200)).build();
        ollama.refuseConnections();

        start();
        warmupLog.await(Level.WARN, line -> line.contains("unreachable"), WAIT);
        assertFalse(gate.holds(), "questions are not held while Ollama is down");
        warmupLog.await(Level.DEBUG, line -> line.contains("still unreachable"), WAIT);
        long stillDown = warmupLog.count(Level.DEBUG, "still unreachable");
        while (warmupLog.count(Level.DEBUG, "still unreachable") < stillDown + 2) {
            Thread.sleep(20);
        }
        ollama.acceptConnections();

        ollama.awaitRequest(r -> preloadOf(r, MAIN_MODEL), WAIT);
        ollama.awaitRequest(r -> preloadOf(r, FAST_MODEL), WAIT);
        warmupLog.await(Level.INFO, line -> line.contains("answers"), WAIT);
        assertEquals(1, warmupLog.count(Level.WARN, "unreachable"), warmupLog.lines(Level.WARN).toString());
        assertEquals(1, warmupLog.count(Level.INFO, "answers"));
    }

    @Test
    void aMissingModelIsPulledWithThrottledProgressThenPreloaded() throws Exception {
        ollama.withoutModel(FAST_MODEL).pullSteps(300);
        try (CapturedLogs pullLog = CapturedLogs.of(PullProgressLog.class)) {
            start();

            RecordedOllamaRequest preload = ollama.awaitRequest(r -> preloadOf(r, FAST_MODEL), WAIT);

            RecordedOllamaRequest pull = ollama.requests().stream().filter(r -> r.is("POST", "/api/pull")).findFirst().orElseThrow();
            assertEquals(FAST_MODEL, pull.model());
            assertTrue(pull.sequence() < preload.sequence());
            long progressLines = pullLog.lines(Level.INFO).size();
            assertTrue(progressLines >= 5 && progressLines <= 25, "300 progress lines logged as " + progressLines);
            assertTrue(pullLog.lines(Level.INFO).stream().anyMatch(line -> line.contains("50%")), pullLog.lines(Level.INFO).toString());
        }
        assertTrue(ollama.installedModels().contains(FAST_MODEL));
    }

    @Test
    void aFailingPullIsLoggedOnceAndTriedAgainLater() throws Exception {
        settings = settings.toBuilder().keepWarmInterval(Duration.ofMillis(100)).build();
        ollama.withoutModel(FAST_MODEL).failingPulls("pull model manifest: file does not exist");

        start();
        for (int pulls = 0; pulls < 3; ) {
            Thread.sleep(20);
            pulls = (int) ollama.requests().stream().filter(r -> r.is("POST", "/api/pull")).count();
        }

        assertEquals(1, warmupLog.count(Level.WARN, "could not pull model " + FAST_MODEL), warmupLog.lines(Level.WARN).toString());
        assertFalse(gate.holds(), "questions are not held for a model that is missing");
    }

    @Test
    void withoutPullMissingAMissingModelIsOnlyReported() throws Exception {
        settings = settings.toBuilder().pullMissing(false).build();
        ollama.withoutModel(FAST_MODEL);

        start();
        warmupLog.await(Level.WARN, line -> line.contains("ollama pull " + FAST_MODEL), WAIT);

        assertTrue(ollama.requests().stream().noneMatch(r -> r.is("POST", "/api/pull")));
        ollama.awaitRequest(r -> preloadOf(r, MAIN_MODEL), WAIT);
    }

    @Test
    void keepWarmLoadsAnUnloadedModelAgain() throws Exception {
        settings = settings.toBuilder().keepWarmInterval(Duration.ofMillis(150)).build();
        start();
        ollama.awaitRequest(r -> preloadOf(r, MAIN_MODEL), WAIT);
        warmupLog.await(Level.INFO, line -> line.contains("answers"), WAIT);

        ollama.unload(MAIN_MODEL);

        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!ollama.loadedModels().contains(MAIN_MODEL) && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertTrue(ollama.loadedModels().contains(MAIN_MODEL));
        assertTrue(ollama.preloads().stream().filter(r -> MAIN_MODEL.equals(r.model())).count() >= 2);
    }

    @Test
    void closeStopsTheBackgroundWork() throws Exception {
        settings = settings.toBuilder().keepWarmInterval(Duration.ofMillis(100)).build();
        start();
        ollama.awaitRequest(r -> preloadOf(r, FAST_MODEL), WAIT);

        warmup.close();
        Thread.sleep(200);
        int after = ollama.requests().size();
        Thread.sleep(500);

        assertEquals(after, ollama.requests().size());
        assertFalse(gate.holds());
    }

    @Test
    void startingTwiceRunsOneWarmup() throws Exception {
        start();
        warmup.start();

        ollama.awaitRequest(r -> preloadOf(r, MAIN_MODEL), WAIT);
        ollama.awaitRequest(r -> preloadOf(r, FAST_MODEL), WAIT);
        Set<String> preloaded = ollama.preloads().stream().map(RecordedOllamaRequest::model).collect(Collectors.toSet());
        assertEquals(Set.of(MAIN_MODEL, FAST_MODEL), preloaded);
        Thread.sleep(200);
        assertEquals(2, ollama.preloads().size(), "the keep-warm interval is 10 minutes: one round only");
    }
}
