package de.sprechstunde.speech.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import de.sprechstunde.core.testing.MultipartForm;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/**
 * A local Whisper server speaking both APIs as the real ones do: whisper-asr-webservice's
 * {@code POST /asr} (JSON answered as text/plain, words with probabilities) and the OpenAI-style
 * {@code POST /v1/audio/transcriptions} ({@code verbose_json}, words without probabilities).
 * It refuses what a careful client must never send (anything but 16 kHz mono 16-bit WAV: 415;
 * a language other than {@code de}: 422) and records every request.
 */
public final class FakeWhisperServer implements AutoCloseable {

    /** What the fake received for one transcription request. */
    public record Received(String path, Map<String, String> query, Map<String, String> fields, List<String> granularities,
                           String filePart, String fileName, RiffHeader wav, int audioBytes) {
        /** The language as sent, from the query (asr) or the form (openai). */
        public String language() {
            return query.getOrDefault("language", fields.get("language"));
        }
    }

    private sealed interface Behaviour {
        record Answer(int status, String contentType, String body) implements Behaviour { }
        record Drop() implements Behaviour { }
        record Stall(long millis) implements Behaviour { }
    }

    private final ObjectMapper json = new ObjectMapper();
    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final Deque<Behaviour> next = new ArrayDeque<>();
    private final Map<String, Double> probabilities = new HashMap<>();
    private volatile String heard = "Ich möchte zwei Brötchen, bitte.";
    private volatile int healthStatus = 200;

    public FakeWhisperServer() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(Executors.newFixedThreadPool(2));
        server.createContext("/asr", exchange -> transcribe(exchange, false));
        server.createContext("/v1/audio/transcriptions", exchange -> transcribe(exchange, true));
        server.createContext("/docs", exchange -> respond(exchange, healthStatus, "text/html", "<html>Swagger UI</html>"));
        server.createContext("/health", exchange -> respond(exchange, healthStatus, "text/plain", "OK"));
        server.start();
    }

    public URI uri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** The words the fake "hears" in every clip from now on. */
    public FakeWhisperServer hears(String text) {
        this.heard = text;
        return this;
    }

    /** The confidence the asr API reports for one word (0.93 otherwise). */
    public synchronized FakeWhisperServer probability(String word, double probability) {
        probabilities.put(word, probability);
        return this;
    }

    /** The next transcription request gets this answer instead. */
    public synchronized FakeWhisperServer answerNext(int status, String contentType, String body) {
        next.addLast(new Behaviour.Answer(status, contentType, body));
        return this;
    }

    /** The next transcription request's connection is closed without an answer. */
    public synchronized FakeWhisperServer dropNext() {
        next.addLast(new Behaviour.Drop());
        return this;
    }

    /** The next transcription request is held this long before it is answered normally. */
    public synchronized FakeWhisperServer stallNext(java.time.Duration duration) {
        next.addLast(new Behaviour.Stall(duration.toMillis()));
        return this;
    }

    public FakeWhisperServer healthStatus(int status) {
        this.healthStatus = status;
        return this;
    }

    public List<Received> received() {
        return List.copyOf(received);
    }

    private void transcribe(HttpExchange exchange, boolean openAi) throws IOException {
        byte[] body = exchange.getRequestBody().readAllBytes();
        List<MultipartForm.Part> parts = MultipartForm.parse(exchange.getRequestHeaders().getFirst("Content-Type"), body);
        Map<String, String> fields = new LinkedHashMap<>();
        List<String> granularities = new CopyOnWriteArrayList<>();
        MultipartForm.Part file = null;
        for (MultipartForm.Part part : parts) {
            if (part.fileName() != null) {
                file = part;
            } else if ("timestamp_granularities[]".equals(part.name())) {
                granularities.add(part.text());
            } else {
                fields.put(part.name(), part.text());
            }
        }
        byte[] audio = file == null ? new byte[0] : file.content();
        Received request = new Received(exchange.getRequestURI().getPath(), query(exchange.getRequestURI()), fields,
                granularities, file == null ? null : file.name(), file == null ? null : file.fileName(), RiffHeader.of(audio), audio.length);
        received.add(request);
        Behaviour behaviour;
        synchronized (this) {
            behaviour = next.pollFirst();
        }
        if (behaviour instanceof Behaviour.Drop) {
            exchange.close();
            return;
        }
        if (behaviour instanceof Behaviour.Stall stall) {
            try {
                Thread.sleep(stall.millis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                exchange.close();
                return;
            }
        }
        if (behaviour instanceof Behaviour.Answer answer) {
            respond(exchange, answer.status(), answer.contentType(), answer.body());
            return;
        }
        String expectedPart = openAi ? "file" : "audio_file";
        if (file == null || !expectedPart.equals(file.name())) {
            respond(exchange, 422, "application/json", "{\"detail\":[{\"loc\":[\"body\",\"" + expectedPart + "\"],\"msg\":\"Field required\"}]}");
        } else if (!"de".equals(request.language())) {
            respond(exchange, 422, "application/json", "{\"detail\":\"this fake only accepts language=de\"}");
        } else if (!request.wav().isSixteenKilohertzMonoPcm()) {
            respond(exchange, 415, "application/json", "{\"detail\":\"expected 16 kHz mono 16-bit WAV\"}");
        } else if (openAi) {
            respond(exchange, 200, "application/json", openAiAnswer());
        } else {
            // whisper-asr-webservice streams its JSON as text/plain
            respond(exchange, 200, "text/plain; charset=utf-8", asrAnswer());
        }
    }

    private String asrAnswer() {
        ObjectNode root = json.createObjectNode();
        root.put("text", " " + heard);
        ArrayNode segments = root.putArray("segments");
        ObjectNode segment = segment(segments);
        ArrayNode words = segment.putArray("words");
        timedWords(words, true);
        root.put("language", "de");
        return root.toString();
    }

    private String openAiAnswer() {
        ObjectNode root = json.createObjectNode();
        String[] tokens = heard.strip().split("\\s+");
        root.put("duration", tokens.length * 0.5);
        root.put("language", "de");
        root.put("text", heard);
        segment(root.putArray("segments"));
        timedWords(root.putArray("words"), false);
        root.putNull("usage");
        return root.toString();
    }

    private ObjectNode segment(ArrayNode segments) {
        ObjectNode segment = segments.addObject();
        String[] tokens = heard.strip().split("\\s+");
        segment.put("id", 0).put("seek", 0).put("start", 0.0).put("end", tokens.length * 0.5).put("text", " " + heard);
        segment.putArray("tokens").add(50364).add(1703);
        segment.put("temperature", 0.0).put("avg_logprob", -0.21).put("compression_ratio", 0.82).put("no_speech_prob", 0.01);
        return segment;
    }

    private synchronized void timedWords(ArrayNode words, boolean withProbability) {
        double at = 0;
        for (String token : heard.strip().split("\\s+")) {
            ObjectNode word = words.addObject().put("word", " " + token).put("start", at).put("end", at + 0.4);
            if (withProbability) {
                word.put("probability", probabilities.getOrDefault(token.replaceAll("\\p{Punct}", ""), 0.93));
            }
            at += 0.5;
        }
    }

    private static Map<String, String> query(URI uri) {
        Map<String, String> query = new LinkedHashMap<>();
        if (uri.getRawQuery() != null) {
            for (String pair : uri.getRawQuery().split("&")) {
                String[] kv = pair.split("=", 2);
                query.put(URLDecoder.decode(kv[0], StandardCharsets.UTF_8), kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
            }
        }
        return query;
    }

    private static void respond(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }
}
