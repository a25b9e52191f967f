package de.sprechstunde.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.sprechstunde.ollama.fake.FakeOllamaServer;
import de.sprechstunde.telegram.fake.FakeBotApi;
import de.sprechstunde.telegram.fake.Updates;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code /ready} means "the models are loaded", and a learner who writes during the warm-up gets
 * the real answer once they are (with one note when that takes a while), over the real Telegram
 * adapter against the fake Bot API and a fake Ollama whose model load is slow.
 */
class WarmReadyTest {

    private static final long LENA = 4242;
    private static final String ANSWER = "Hallo Lena! Wie geht es dir?";
    private static final String NOTE = "warming up";

    @TempDir
    Path dataDir;

    private final HttpClient client = HttpClient.newHttpClient();

    private Application start(FakeOllamaServer ollama, FakeBotApi telegram, String noteAfterMs) throws Exception {
        return Application.start(new TestConfig(dataDir, ollama.url())
                .with("TELEGRAM_BOT_TOKEN", FakeBotApi.TOKEN)
                .with("TELEGRAM_API_URL", telegram.url().toString())
                .with("TELEGRAM_POLL_TIMEOUT_SECONDS", "1")
                .with("WARMUP_NOTE_AFTER_MS", noteAfterMs).load(), Clock.systemUTC());
    }

    @Test
    void readyIs503WhileASlowPreloadRunsAndAHeldMessageGetsOneNoteThenTheAnswer() throws Exception {
        try (FakeOllamaServer ollama = FakeOllamaServer.start().answering("mistral:7b", ANSWER).slowLoad(Duration.ofSeconds(5));
             FakeBotApi telegram = new FakeBotApi();
             Application application = start(ollama, telegram, "300")) {

            HttpResponse<String> loading = get(application, "/ready");
            assertEquals(503, loading.statusCode());
            assertTrue(loading.body().startsWith("waiting for: model mistral:7b loading"), loading.body());

            telegram.enqueue(Updates.of("private-text").node());
            List<String> chat = telegram.awaitChat(LENA, texts -> texts.contains(ANSWER));

            assertEquals(1, chat.stream().filter(text -> text.contains(NOTE)).count(), chat.toString());
            assertTrue(chat.indexOf(ANSWER) > 0, "the note came first: " + chat);
            assertEquals(200, get(application, "/ready").statusCode());
            assertTrue(ollama.questions().size() == 1 && ollama.preloads().size() >= 2, ollama.requests().toString());
        }
    }

    @Test
    void aMessageHeldForAShortWarmupGetsOnlyTheAnswer() throws Exception {
        try (FakeOllamaServer ollama = FakeOllamaServer.start().answering("mistral:7b", ANSWER).slowLoad(Duration.ofMillis(800));
             FakeBotApi telegram = new FakeBotApi();
             Application application = start(ollama, telegram, "10000")) {

            telegram.enqueue(Updates.of("private-text").node());
            List<String> chat = telegram.awaitChat(LENA, texts -> texts.contains(ANSWER));

            assertFalse(chat.stream().anyMatch(text -> text.contains(NOTE)), chat.toString());
            assertEquals(200, get(application, "/ready").statusCode());
        }
    }

    @Test
    void withOllamaUnreachableReadyStays503WithTheReasonWhileHealthAndCommandsWork() throws Exception {
        try (FakeOllamaServer ollama = FakeOllamaServer.start();
             FakeBotApi telegram = new FakeBotApi()) {
            ollama.refuseConnections();
            try (Application application = start(ollama, telegram, "300")) {
                telegram.enqueue(Updates.of("private-command").node());
                telegram.awaitChat(LENA, texts -> !texts.isEmpty());

                HttpResponse<String> ready = get(application, "/ready");
                assertEquals(503, ready.statusCode());
                assertTrue(ready.body().contains("Ollama at " + ollama.url() + " unreachable"), ready.body());
                assertEquals(200, get(application, "/health").statusCode());
            }
        }
    }

    private HttpResponse<String> get(Application application, String path) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + application.httpPort() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
