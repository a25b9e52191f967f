package de.sprechstunde.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import de.sprechstunde.core.config.Secret;
import de.sprechstunde.telegram.fake.RecordedCall;
import de.sprechstunde.telegram.fake.Updates;
import de.sprechstunde.telegram.support.TelegramHarness;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Webhook mode: the handler hosted in a JDK HttpServer as the deploy module hosts it, called like Telegram calls it. */
class WebhookTest {

    private static final String SECRET = "s3cr3t_-Webhook";
    private static final long LENA = 4242;

    private final HttpClient client = HttpClient.newHttpClient();
    private TelegramHarness harness;
    private HttpServer server;
    private URI hook;

    @BeforeEach
    void start() throws IOException {
        harness = new TelegramHarness();
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        hook = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/telegram/hook");
        TelegramSettings settings = harness.settings().withWebhook(hook, Secret.of(SECRET));
        server.createContext(settings.webhookPath(), exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            int status = harness.adapter().webhook().handle(exchange.getRequestHeaders().getFirst(TelegramWebhook.SECRET_HEADER), body);
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
        harness.start(core -> core, settings, Set.of());
    }

    @AfterEach
    void stop() {
        server.stop(0);
        harness.close();
    }

    @Test
    void startUpRegistersTheWebhookWithItsSecretAndDoesNotPoll() {
        RecordedCall setWebhook = harness.telegram.calls("setWebhook").get(0);

        assertEquals(hook.toString(), setWebhook.param("url"));
        assertEquals(SECRET, setWebhook.param("secret_token"));
        assertEquals("[\"message\",\"edited_message\",\"callback_query\",\"my_chat_member\"]", setWebhook.param("allowed_updates"));
        assertEquals(0, harness.telegram.calls("getUpdates").size());
    }

    @Test
    void aCallWithTheSecretIsAnswered() throws Exception {
        harness.model.answer("Hallo über den Webhook!");

        assertEquals(200, post(Updates.of("private-text").asWebhookBody(1), SECRET));

        harness.telegram.awaitChat(LENA, texts -> texts.contains("Hallo über den Webhook!"));
    }

    @Test
    void aCallWithoutTheRightSecretGets401AndIsNotProcessed() throws Exception {
        assertEquals(401, post(Updates.of("private-text").asWebhookBody(1), null));
        assertEquals(401, post(Updates.of("private-text").asWebhookBody(2), "s3cr3t_-WebhooK"));

        Thread.sleep(500);
        assertEquals(0, harness.model.requests().size());
        assertEquals(0, harness.telegram.calls("sendMessage").size() + harness.telegram.calls("sendChatAction").size());
    }

    @Test
    void aBodyThatIsNotAnUpdateGets400() throws Exception {
        assertEquals(400, post("{\"update_id\":".getBytes(), SECRET));
        assertEquals(400, post("{}".getBytes(), SECRET));
    }

    @Test
    void anUpdateFromANewerBotApiWithUnknownFieldsIsStillAccepted() throws Exception {
        byte[] body = new String(Updates.of("private-text").asWebhookBody(5)).replace("{\"message\"", "{\"future_field\":{\"x\":1},\"message\"")
                .getBytes();

        assertEquals(200, post(body, SECRET));
        harness.telegram.awaitChat(LENA, texts -> texts.size() == 1);
    }

    @Test
    void afterReceivingStoppedCallsGet503SoTelegramDeliversThemAgain() throws Exception {
        harness.adapter().stopReceiving();

        assertEquals(503, post(Updates.of("private-text").asWebhookBody(1), SECRET));
        assertTrue(harness.model.requests().isEmpty());
    }

    private int post(byte[] body, String secret) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(hook).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (secret != null) {
            request.header(TelegramWebhook.SECRET_HEADER, secret);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
