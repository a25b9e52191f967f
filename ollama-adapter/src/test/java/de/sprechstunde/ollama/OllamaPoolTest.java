package de.sprechstunde.ollama;

import static de.sprechstunde.ollama.fake.FakeOllamaServer.DEFAULT_ANSWER;
import static de.sprechstunde.ollama.fake.FakeOllamaServer.MAIN_MODEL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.sprechstunde.core.port.ChatAnswer;
import de.sprechstunde.core.port.ChatMessage;
import de.sprechstunde.core.port.ChatModelException;
import de.sprechstunde.core.port.ChatRequest;
import de.sprechstunde.core.port.ComponentHealth;
import de.sprechstunde.core.port.ModelTier;
import de.sprechstunde.core.port.ModelWarmth;
import de.sprechstunde.ollama.fake.FakeOllamaServer;
import de.sprechstunde.ollama.fake.RecordedOllamaRequest;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Three fake Ollama hosts behind one pool, through the real ollama4j client: one breaks off its
 * streams after one token, one is slow to answer, one is good.
 */
class OllamaPoolTest {

    private static final Duration SETTLE = Duration.ofSeconds(20);

    private final FakeOllamaServer failing = FakeOllamaServer.start().failingMidStream(MAIN_MODEL, "CUDA error");
    private final FakeOllamaServer slow = FakeOllamaServer.start().slowFirstToken(Duration.ofMillis(400));
    private final FakeOllamaServer good = FakeOllamaServer.start();
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final OllamaBackend backend = OllamaBackend.create(OllamaTesting.settings(good).toBuilder()
            .hosts(Stream.of(failing, slow, good).map(server -> URI.create(server.url())).toList())
            .useFastForVoice(false)
            .build(), Clock.systemUTC(), meters);

    @AfterEach
    void stop() {
        backend.close();
        Stream.of(failing, slow, good).forEach(FakeOllamaServer::close);
    }

    /** One learner question: what the listener showed, and how the call ended. */
    private record Outcome(String shown, ChatAnswer answer, ChatModelException failure) {
    }

    private Outcome ask() {
        StringBuilder shown = new StringBuilder();
        try {
            ChatAnswer answer = backend.chatModel().chat(new ChatRequest(ModelTier.MAIN, List.of(ChatMessage.user("Hallo!"))),
                    (token, soFar) -> shown.append(token));
            return new Outcome(shown.toString(), answer, null);
        } catch (ChatModelException e) {
            return new Outcome(shown.toString(), null, e);
        }
    }

    private List<Outcome> askConcurrently(int questions, int learners) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(learners);
        try {
            List<Future<Outcome>> asked = new ArrayList<>();
            for (int i = 0; i < questions; i++) {
                asked.add(pool.submit(this::ask));
            }
            List<Outcome> outcomes = new ArrayList<>();
            for (Future<Outcome> one : asked) {
                outcomes.add(one.get());
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }

    private static long learnerQuestions(FakeOllamaServer server) {
        // the pool's re-probe says only "Hallo"; the learners say "Hallo!"
        return server.questions().stream().filter(OllamaPoolTest::fromALearner).count();
    }

    private static boolean fromALearner(RecordedOllamaRequest request) {
        return request.body().path("messages").path(0).path("content").asText().equals("Hallo!");
    }

    private double requests(FakeOllamaServer server, String outcome) {
        return meters.get("bot.ollama.requests").tag("host", OllamaHost.labelOf(URI.create(server.url())))
                .tag("outcome", outcome).counter().count();
    }

    private OllamaHost host(FakeOllamaServer server) {
        String label = OllamaHost.labelOf(URI.create(server.url()));
        return backend.pool().hosts().stream().filter(h -> h.label().equals(label)).findFirst().orElseThrow();
    }

    @Test
    void everyAnswerArrivesOnceTheSlowHostGetsFewerAndTheFailingOneIsEjectedAndReadmitted() throws Exception {
        backend.start();
        assertInstanceOf(ModelWarmth.Warm.class, backend.warmth().awaitSettled(SETTLE));
        for (FakeOllamaServer server : List.of(failing, slow, good)) {
            server.awaitRequest(RecordedOllamaRequest::isPreload, SETTLE);
        }

        List<Outcome> outcomes = askConcurrently(30, 3);

        List<Outcome> answered = outcomes.stream().filter(o -> o.answer() != null).toList();
        List<Outcome> broken = outcomes.stream().filter(o -> o.failure() != null).toList();
        // whatever reached a learner was shown once: an answer streamed once, a broken one not repeated
        answered.forEach(o -> assertEquals(DEFAULT_ANSWER, o.shown()));
        answered.forEach(o -> assertEquals(DEFAULT_ANSWER, o.answer().text()));
        broken.forEach(o -> assertEquals(DEFAULT_ANSWER.split(" ")[0] + " ", o.shown()));
        // only the questions the failing host got before it was ejected broke off
        assertEquals(learnerQuestions(failing), broken.size());
        assertTrue(broken.size() <= 3, "at most the first concurrent questions reach the failing host: " + broken.size());
        assertEquals(30, learnerQuestions(failing) + learnerQuestions(slow) + learnerQuestions(good));
        assertTrue(learnerQuestions(slow) < learnerQuestions(good),
                "slow " + learnerQuestions(slow) + " vs good " + learnerQuestions(good));
        assertEquals(broken.size(), requests(failing, "failed"));
        assertEquals(learnerQuestions(good), requests(good, "ok"));
        assertTrue(host(failing).ejectedBecause().isPresent());

        ComponentHealth ejected = backend.health().check();
        assertEquals(ComponentHealth.Status.DEGRADED, ejected.status());
        String failingLabel = host(failing).label();
        assertTrue(ejected.details().get(failingLabel + " routing").startsWith("ejected (failed: "), ejected.toString());
        assertEquals("admitted", ejected.details().get(host(good).label() + " routing"));
        assertEquals("admitted", ejected.details().get(host(slow).label() + " routing"));
        assertInstanceOf(ModelWarmth.Warm.class, backend.warmth().current());

        failing.streamingWholeAnswers(MAIN_MODEL);
        awaitAdmitted(host(failing));
        long before = learnerQuestions(failing);
        List<Outcome> after = askConcurrently(9, 1);

        after.forEach(o -> assertEquals(DEFAULT_ANSWER, o.answer().text()));
        assertTrue(learnerQuestions(failing) > before, "the readmitted host answers again");
        assertEquals(ComponentHealth.Status.UP, backend.health().check().status());
        assertEquals(1.0, meters.get("bot.ollama.ejections").tag("host", failingLabel).counter().count());
    }

    @Test
    void readyWhileOneHostHasTheModelsAndHealthListsEveryHost() {
        slow.refuseConnections();
        failing.streamingWholeAnswers(MAIN_MODEL).slowLoad(Duration.ofMinutes(5));
        backend.start();

        assertInstanceOf(ModelWarmth.Warm.class, backend.warmth().awaitSettled(SETTLE));
        ComponentHealth health = backend.health().check();

        assertEquals(ComponentHealth.Status.DEGRADED, health.status());
        assertTrue(health.summary().startsWith("2 of 3 hosts answer; "), health.summary());
        assertTrue(health.details().get(host(slow).label()).startsWith("DOWN: unreachable"), health.toString());
        assertEquals("UP: mistral:7b loaded", health.details().get(host(good).label()));
        assertEquals(0.0, requests(slow, "ok"), "every series exists from the start");
    }

    private static void awaitAdmitted(OllamaHost host) throws InterruptedException {
        long deadline = System.nanoTime() + SETTLE.toNanos();
        while (!host.admitted()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(host + " was not readmitted: " + host.ejectedBecause());
            }
            Thread.sleep(20);
        }
    }
}
