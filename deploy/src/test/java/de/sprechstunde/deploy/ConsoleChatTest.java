package de.sprechstunde.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.sprechstunde.ollama.fake.FakeOllamaServer;
import de.sprechstunde.ollama.fake.RecordedOllamaRequest;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's run command without tokens: a console chat against a local fake Ollama. */
class ConsoleChatTest {

    @TempDir
    Path dataDir;

    private static String chat(Application application, String... lines) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String input = String.join("\n", lines) + "\n";
        application.runConsole(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8));
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aGermanGreetingGetsAStreamedGermanReplyAfterBothModelsWerePreloaded() throws Exception {
        try (FakeOllamaServer ollama = FakeOllamaServer.start()
                .answering("mistral:7b", "Hallo Tom! Schön, dich kennenzulernen. Woher kommst du?");
             Application application = Application.start(new TestConfig(dataDir, ollama.url()).load(), Clock.systemUTC())) {

            String output = chat(application, "Hallo, ich heiße Tom");

            assertTrue(output.contains("tutor> Hallo Tom! Schön, dich kennenzulernen. Woher kommst du?"), output);
            List<RecordedOllamaRequest> requests = ollama.requests();
            RecordedOllamaRequest question = requests.stream().filter(RecordedOllamaRequest::isQuestion).findFirst().orElseThrow();
            assertEquals("<learner>Hallo, ich heiße Tom</learner>", question.lastMessage());
            assertEquals("24h", question.keepAlive());
            List<String> preloadedBeforeTheQuestion = requests.stream()
                    .filter(r -> r.isPreload() && r.sequence() < question.sequence())
                    .map(RecordedOllamaRequest::model).distinct().sorted().toList();
            assertEquals(List.of("llama3.2:3b", "mistral:7b"), preloadedBeforeTheQuestion);
        }
    }

    @Test
    void withOllamaDownTheBotStartsSaysSoAndCommandsWork() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        try (Application application = Application.start(
                new TestConfig(dataDir, "http://127.0.0.1:" + closedPort).load(), Clock.systemUTC())) {

            String output = chat(application, "Hallo!", "/level B1", "/health");

            assertTrue(output.contains("language model is offline"), output);
            assertTrue(output.contains("at level B1 now"), output);
            assertTrue(output.contains("ollama: DOWN"), output);
            HttpResponse<String> health = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + application.httpPort() + "/health")).build(), HttpResponse.BodyHandlers.ofString());
            assertTrue(health.body().contains("\"status\" : \"down\""), health.body());
        }
    }

    @Test
    void aReviewRunsOnTheConsoleWithTheRatingTyped() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        try (Application application = Application.start(
                new TestConfig(dataDir, "http://127.0.0.1:" + closedPort).load(), Clock.systemUTC())) {

            String output = chat(application, "/review", "/add Ich bin gestern gefahren.", "/review", "👍", "gefahren", "good", "/words");

            assertTrue(output.contains("no cards yet"), output);
            assertTrue(output.contains("Card 1 of 1"), output);
            assertTrue(output.contains("in words"), output);
            assertTrue(output.contains("Right! Answer: gefahren"), output);
            assertTrue(output.contains("Good] /rate "), output);
            assertTrue(output.contains("Session done: 1 of 1 right."), output);
            assertTrue(output.contains("1 card, 0 due now"), output);
        }
    }
}
