package de.sprechstunde.ollama.fake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ollama4j.Ollama;
import io.github.ollama4j.exceptions.OllamaException;
import io.github.ollama4j.models.generate.OllamaGenerateRequest;
import io.github.ollama4j.models.generate.OllamaGenerateStreamObserver;
import io.github.ollama4j.models.request.ThinkMode;
import io.github.ollama4j.models.response.OllamaResult;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The fake speaks what ollama4j and a plain HTTP client expect of a real Ollama. */
class FakeOllamaServerTest {

    private final FakeOllamaServer ollama = FakeOllamaServer.start();
    private final Ollama client = new Ollama(ollama.url());
    private final HttpClient http = HttpClient.newHttpClient();

    @AfterEach
    void stop() {
        ollama.close();
    }

    private HttpResponse<String> post(String path, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(ollama.url() + path))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void itAnswersTheSmallEndpointsLikeOllama() throws Exception {
        assertTrue(client.ping());
        assertEquals("0.5.1", client.getVersion());
        assertEquals(List.of(FakeOllamaServer.FAST_MODEL, FakeOllamaServer.MAIN_MODEL),
                client.listModels().stream().map(m -> m.getName()).toList());
        HttpResponse<String> root = http.send(HttpRequest.newBuilder(URI.create(ollama.url() + "/")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals("Ollama is running", root.body());
        assertEquals(404, post("/api/nothing", "{}").statusCode());
    }

    @Test
    void aChatStreamIsOneJsonObjectPerLineEndingWithDoneAndTimings() throws Exception {
        HttpResponse<String> response = post("/api/chat",
                "{\"model\":\"mistral:7b\",\"messages\":[{\"role\":\"user\",\"content\":\"Hallo\"}]}");

        assertEquals("application/x-ndjson", response.headers().firstValue("Content-Type").orElseThrow());
        String[] lines = response.body().split("\n");
        ObjectMapper json = new ObjectMapper();
        StringBuilder text = new StringBuilder();
        for (String line : lines) {
            text.append(json.readTree(line).path("message").path("content").asText());
        }
        JsonNode last = json.readTree(lines[lines.length - 1]);
        assertEquals(FakeOllamaServer.DEFAULT_ANSWER, text.toString());
        assertTrue(last.path("done").asBoolean());
        assertEquals("stop", last.path("done_reason").asText());
        assertTrue(last.path("eval_duration").asLong() > 1_000_000, "durations are in nanoseconds");
    }

    @Test
    void generateStreamsAndLoadsWithoutAPrompt() throws Exception {
        List<String> tokens = new ArrayList<>();
        // ollama4j 1.1.5 needs an explicit think mode for generate (null → NullPointerException)
        OllamaResult answer = client.generate(OllamaGenerateRequest.builder().withModel("mistral:7b").withPrompt("Hallo")
                .withThink(ThinkMode.DISABLED).build(), new OllamaGenerateStreamObserver(null, tokens::add));

        assertEquals(FakeOllamaServer.DEFAULT_ANSWER, answer.getResponse());
        assertTrue(tokens.size() > 1);
        HttpResponse<String> load = post("/api/generate", "{\"model\":\"llama3.2:3b\",\"keep_alive\":\"10m\"}");
        assertTrue(load.body().contains("\"done_reason\":\"load\""), load.body());
        assertTrue(ollama.loadedModels().contains("llama3.2:3b"));
        assertTrue(ollama.requests().get(ollama.requests().size() - 1).isPreload());
    }

    @Test
    void keepAliveIsParsedLikeOllama() throws Exception {
        assertEquals(400, post("/api/chat", "{\"model\":\"mistral:7b\",\"messages\":[],\"keep_alive\":\"3600\"}").statusCode());
        assertEquals(200, post("/api/chat", "{\"model\":\"mistral:7b\",\"messages\":[],\"keep_alive\":3600}").statusCode());
        post("/api/chat", "{\"model\":\"mistral:7b\",\"messages\":[],\"keep_alive\":0}");
        assertTrue(ollama.loadedModels().isEmpty(), "keep_alive 0 unloads");
    }

    @Test
    void aMissingModelIsA404ThatOllama4jReportsWithItsText() {
        ollama.withoutModel(FakeOllamaServer.MAIN_MODEL);

        OllamaException e = assertThrows(OllamaException.class, () -> client.generate(
                OllamaGenerateRequest.builder().withModel("mistral:7b").withPrompt("Hallo").withThink(ThinkMode.DISABLED)
                        .build(), null));

        assertTrue(e.getMessage().contains("not found"), e.getMessage());
    }

    @Test
    void ollama4jPullsFromTheFake() throws Exception {
        ollama.withoutModel(FakeOllamaServer.FAST_MODEL);

        client.pullModel(FakeOllamaServer.FAST_MODEL);

        assertTrue(ollama.installedModels().contains(FakeOllamaServer.FAST_MODEL));
        assertEquals(FakeOllamaServer.FAST_MODEL, ollama.requests().get(0).model());
    }

    @Test
    void aStructuredChatStreamsItsJsonAsMessageContentAndABadFormatIs400() throws Exception {
        ollama.answeringStructured(FakeOllamaServer.FAST_MODEL, "{\"corrections\":[{\"wrong\":\"a\"}]}");
        HttpResponse<String> response = post("/api/chat", "{\"model\":\"llama3.2:3b\",\"format\":{\"type\":\"object\"},"
                + "\"messages\":[{\"role\":\"user\",\"content\":\"Hallo\"}]}");

        ObjectMapper json = new ObjectMapper();
        StringBuilder content = new StringBuilder();
        String[] lines = response.body().split("\n");
        for (String line : lines) {
            content.append(json.readTree(line).path("message").path("content").asText());
        }
        assertTrue(lines.length > 2, "streamed in pieces: " + response.body());
        assertEquals("{\"corrections\":[{\"wrong\":\"a\"}]}", content.toString());
        assertEquals(1, ollama.structured().size());
        assertEquals(List.of(), ollama.questions());

        HttpResponse<String> bad = post("/api/chat", "{\"model\":\"llama3.2:3b\",\"format\":\"yaml\","
                + "\"messages\":[{\"role\":\"user\",\"content\":\"Hallo\"}]}");
        assertEquals(400, bad.statusCode());
        assertTrue(bad.body().contains("invalid format"), bad.body());
    }
}
