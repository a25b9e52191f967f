package de.sprechstunde.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.sprechstunde.ollama.fake.FakeOllamaServer;
import de.sprechstunde.telegram.TelegramWebhook;
import de.sprechstunde.telegram.fake.FakeBotApi;
import de.sprechstunde.telegram.fake.Updates;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole application on Telegram, against the fake Bot API: long polling, and the webhook on HTTP_PORT. */
class TelegramDeploymentTest {

    private static final long LENA = 4242;

    @TempDir
    Path dataDir;

    private final HttpClient client = HttpClient.newHttpClient();

    @Test
    void inPollingModeALearnersMessageIsAnsweredAndHealthListsTelegram() throws Exception {
        try (FakeOllamaServer ollama = FakeOllamaServer.start().answering("mistral:7b", "Hallo Lena! Wie geht es dir?");
             FakeBotApi telegram = new FakeBotApi();
             Application application = Application.start(new TestConfig(dataDir, ollama.url())
                     .with("TELEGRAM_BOT_TOKEN", FakeBotApi.TOKEN)
                     .with("TELEGRAM_API_URL", telegram.url().toString())
                     .with("TELEGRAM_POLL_TIMEOUT_SECONDS", "1").load(), Clock.systemUTC())) {

            telegram.enqueue(Updates.of("private-text").node());

            telegram.awaitChat(LENA, texts -> texts.contains("Hallo Lena! Wie geht es dir?"));
            String health = get(application, "/health").body();
            assertTrue(health.contains("\"name\" : \"telegram\""), health);
            assertEquals(200, get(application, "/ready").statusCode());
        }
    }

    @Test
    void inWebhookModeTheSecretIsCheckedOnTheOperatorsPort() throws Exception {
        try (FakeOllamaServer ollama = FakeOllamaServer.start().answering("mistral:7b", "Hallo über den Webhook!");
             FakeBotApi telegram = new FakeBotApi();
             Application application = Application.start(new TestConfig(dataDir, ollama.url())
                     .with("TELEGRAM_BOT_TOKEN", FakeBotApi.TOKEN)
                     .with("TELEGRAM_API_URL", telegram.url().toString())
                     .with("TELEGRAM_MODE", "webhook")
                     .with("TELEGRAM_WEBHOOK_URL", "https://tutor.example.org/telegram/hook")
                     .with("TELEGRAM_WEBHOOK_SECRET", "s3cr3t_-Hook").load(), Clock.systemUTC())) {

            assertEquals(401, post(application, Updates.of("private-text").asWebhookBody(1), null));
            assertEquals(401, post(application, Updates.of("private-text").asWebhookBody(2), "wrong"));
            assertEquals(200, post(application, Updates.of("private-text").asWebhookBody(3), "s3cr3t_-Hook"));

            telegram.awaitChat(LENA, texts -> texts.contains("Hallo über den Webhook!"));
            assertEquals(1, ollama.questions().size(), "only the call with the secret reached the tutor");
        }
    }

    private HttpResponse<String> get(Application application, String path) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + application.httpPort() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private int post(Application application, byte[] body, String secret) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + application.httpPort() + "/telegram/hook"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (secret != null) {
            request.header(TelegramWebhook.SECRET_HEADER, secret);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
