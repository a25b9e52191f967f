package de.sprechstunde.ollama;

import static de.sprechstunde.ollama.fake.FakeOllamaServer.FAST_MODEL;
import static de.sprechstunde.ollama.fake.FakeOllamaServer.MAIN_MODEL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.sprechstunde.core.port.ChatAnswer;
import de.sprechstunde.core.port.ChatMessage;
import de.sprechstunde.core.port.ChatModelException.Reason;
import de.sprechstunde.core.port.ChatModelException;
import de.sprechstunde.core.port.ChatRequest;
import de.sprechstunde.core.port.ModelTier;
import de.sprechstunde.core.port.TokenListener;
import de.sprechstunde.ollama.fake.FakeOllamaServer;
import de.sprechstunde.ollama.fake.RecordedOllamaRequest;
import io.github.ollama4j.Ollama;
import io.github.ollama4j.models.chat.OllamaChatMessageRole;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class OllamaChatModelTest {

    private final FakeOllamaServer ollama = FakeOllamaServer.start();
    private OllamaSettings settings = OllamaTesting.settings(ollama);
    private OllamaChatModel model;

    @AfterEach
    void stop() {
        if (model != null) {
            model.close();
        }
        ollama.close();
    }

    private OllamaChatModel model() {
        if (model == null) {
            model = new OllamaChatModel(settings, new PreloadGate());
        }
        return model;
    }

    private static ChatRequest question(ModelTier tier, String text) {
        return new ChatRequest(tier, List.of(ChatMessage.system("Du bist ein freundlicher Deutschlehrer."), ChatMessage.user(text)));
    }

    @Test
    void anAnswerStreamsTokenByTokenOnTheCallersThread() throws Exception {
        List<String> tokens = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        TokenListener listener = (token, soFar) -> {
            tokens.add(token);
            threads.add(Thread.currentThread());
        };

        ChatAnswer answer = model().chat(question(ModelTier.MAIN, "Hallo!"), listener);

        assertEquals(FakeOllamaServer.DEFAULT_ANSWER, answer.text());
        assertEquals(MAIN_MODEL, answer.model());
        assertEquals(FakeOllamaServer.DEFAULT_ANSWER, String.join("", tokens));
        assertTrue(tokens.size() > 5, "streamed word by word: " + tokens);
        assertTrue(threads.stream().allMatch(t -> t == Thread.currentThread()), "listener runs on the caller's thread");
        assertFalse(answer.total().isNegative());
        assertTrue(answer.total().compareTo(answer.timeToFirstToken()) >= 0);
    }

    @Test
    void everyRequestCarriesKeepAliveTemperatureTokenLimitAndContext() throws Exception {
        model().chat(question(ModelTier.MAIN, "Wie geht's?"), TokenListener.IGNORE);

        RecordedOllamaRequest sent = ollama.questions().get(0);
        assertEquals(MAIN_MODEL, sent.model());
        assertEquals("24h", sent.keepAlive());
        assertEquals(0.7, sent.option("temperature").asDouble());
        assertEquals(2048, sent.option("num_predict").asInt());
        assertEquals(4096, sent.option("num_ctx").asInt());
        assertTrue(sent.stream());
        assertEquals("system", sent.body().path("messages").get(0).path("role").asText());
        assertEquals("user", sent.body().path("messages").get(1).path("role").asText());
        assertEquals("Wie geht's?", sent.lastMessage());
    }

    @Test
    void plainSecondsOfKeepAliveAreSentAsAGoDuration() throws Exception {
        settings = settings.toBuilder().keepAlive("3600").build();

        model().chat(question(ModelTier.MAIN, "Hallo"), TokenListener.IGNORE);

        assertEquals("3600s", ollama.questions().get(0).keepAlive());
    }

    @Test
    void theFastTierAsksTheFastModelOnlyWhenItIsEnabled() throws Exception {
        ollama.answering(FAST_MODEL, "Schnell gesagt!");

        ChatAnswer fast = model().chat(question(ModelTier.FAST, "Hallo"), TokenListener.IGNORE);

        assertEquals("Schnell gesagt!", fast.text());
        assertEquals(FAST_MODEL, ollama.questions().get(0).model());
        OllamaSettings mainOnly = settings.toBuilder().useFastForVoice(false).build();
        try (OllamaChatModel noFast = new OllamaChatModel(mainOnly, new PreloadGate())) {
            assertEquals(MAIN_MODEL, noFast.modelName(ModelTier.FAST));
            noFast.chat(question(ModelTier.FAST, "Hallo"), TokenListener.IGNORE);
        }
        assertEquals(MAIN_MODEL, ollama.questions().get(1).model());
    }

    @Test
    void aMissingModelIsReportedAsMissingWithoutRetrying() {
        ollama.withoutModel(MAIN_MODEL);

        ChatModelException e = assertThrows(ChatModelException.class,
                () -> model().chat(question(ModelTier.MAIN, "Hallo"), TokenListener.IGNORE));

        assertEquals(Reason.MODEL_MISSING, e.reason());
        assertEquals(1, ollama.questions().size());
    }

    @Test
    void anErrorLineMidStreamFailsTheAnswerAndIsNotRetriedAfterTokensWereShown() {
        ollama.failingMidStream(MAIN_MODEL, "llama runner process has terminated: signal: killed");
        List<String> shown = new ArrayList<>();

        ChatModelException e = assertThrows(ChatModelException.class,
                () -> model().chat(question(ModelTier.MAIN, "Hallo"), (token, soFar) -> shown.add(token)));

        assertEquals(Reason.FAILED, e.reason());
        assertEquals(List.of("Hallo! "), shown, "the token before the error line reached the learner once");
        assertEquals(1, ollama.questions().size(), "no retry once the learner has seen tokens");
    }

    @Test
    void aSlowFirstTokenTimesOut() {
        settings = settings.toBuilder().firstTokenTimeout(Duration.ofMillis(500)).build();
        ollama.slowFirstToken(Duration.ofSeconds(5));
        long start = System.nanoTime();

        ChatModelException e = assertThrows(ChatModelException.class,
                () -> model().chat(question(ModelTier.MAIN, "Hallo"), TokenListener.IGNORE));

        assertEquals(Reason.TIMEOUT, e.reason());
        assertTrue(Duration.ofNanos(System.nanoTime() - start).compareTo(Duration.ofMillis(500)) >= 0,
                "waited at least the first-token timeout");
        assertTrue(ollama.questions().size() <= 1, "a timeout is not retried");
    }

    @Test
    void anAnswerThatTakesTooLongIsCutAtTheTotalTimeoutKeepingWhatWasShown() {
        settings = settings.toBuilder().requestTimeout(Duration.ofMillis(800)).firstTokenTimeout(Duration.ofMillis(800)).build();
        ollama.tokenInterval(Duration.ofMillis(300));
        List<String> shown = new CopyOnWriteArrayList<>();

        ChatModelException e = assertThrows(ChatModelException.class,
                () -> model().chat(question(ModelTier.MAIN, "Hallo"), (token, soFar) -> shown.add(token)));

        assertEquals(Reason.TIMEOUT, e.reason());
        assertFalse(shown.isEmpty(), "the first tokens were shown");
        assertTrue(shown.size() < FakeOllamaServer.DEFAULT_ANSWER.split(" ").length, "the rest was not waited for");
    }

    @Test
    void connectionRefusedIsUnavailableAfterTheRetries() {
        ollama.refuseConnections();

        ChatModelException e = assertThrows(ChatModelException.class,
                () -> model().chat(question(ModelTier.MAIN, "Hallo"), TokenListener.IGNORE));

        assertEquals(Reason.UNAVAILABLE, e.reason());
    }

    @Test
    void aServerErrorBeforeTheFirstTokenIsRetriedAndTheLearnerSeesEachTokenOnce() throws Exception {
        ollama.failingNextQuestions(2, 500, "llama runner process has terminated");
        List<String> shown = new ArrayList<>();

        ChatAnswer answer = model().chat(question(ModelTier.MAIN, "Hallo"), (token, soFar) -> shown.add(token));

        assertEquals(FakeOllamaServer.DEFAULT_ANSWER, answer.text());
        assertEquals(FakeOllamaServer.DEFAULT_ANSWER, String.join("", shown));
        assertEquals(3, ollama.questions().size(), "two failures, then the answer");
    }

    @Test
    void retriesStopAfterTheConfiguredNumber() {
        settings = settings.toBuilder().retries(1).build();
        ollama.failingNextQuestions(5, 500, "out of memory");

        ChatModelException e = assertThrows(ChatModelException.class,
                () -> model().chat(question(ModelTier.MAIN, "Hallo"), TokenListener.IGNORE));

        assertEquals(Reason.FAILED, e.reason());
        assertEquals(2, ollama.questions().size());
    }

    @Test
    void concurrentChatsGetTheirOwnAnswers() throws Exception {
        ollama.answering(FAST_MODEL, "Kurz und schnell.").tokenInterval(Duration.ofMillis(5));
        ExecutorService callers = Executors.newFixedThreadPool(4);
        try {
            List<Future<ChatAnswer>> answers = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                ModelTier tier = i % 2 == 0 ? ModelTier.MAIN : ModelTier.FAST;
                answers.add(callers.submit(() -> model().chat(question(tier, "Hallo"), TokenListener.IGNORE)));
            }
            for (int i = 0; i < answers.size(); i++) {
                String expected = i % 2 == 0 ? FakeOllamaServer.DEFAULT_ANSWER : "Kurz und schnell.";
                assertEquals(expected, answers.get(i).get().text());
            }
        } finally {
            callers.shutdownNow();
        }
    }

    @Test
    void streamedRolesDoNotPileUpInOllama4jsStaticRoleList() throws Exception {
        model().chat(question(ModelTier.MAIN, "Hallo"), TokenListener.IGNORE);
        int before = OllamaChatMessageRole.getRoles().size();

        model().chat(question(ModelTier.MAIN, "Noch einmal"), TokenListener.IGNORE);

        assertEquals(before, OllamaChatMessageRole.getRoles().size());
        assertEquals(before, new Ollama(settings.baseUrl()).listRoles().size());
    }
}
