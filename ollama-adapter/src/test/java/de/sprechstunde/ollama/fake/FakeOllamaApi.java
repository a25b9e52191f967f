package de.sprechstunde.ollama.fake;

import static de.sprechstunde.ollama.fake.FakeOllamaPayloads.JSON;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** The HTTP side of {@link FakeOllamaServer}: records each request, then answers as Ollama does. */
final class FakeOllamaApi implements HttpHandler {

    private final FakeOllamaState state;
    private final Consumer<RecordedOllamaRequest> recorder;
    private int sequence;

    FakeOllamaApi(FakeOllamaState state, Consumer<RecordedOllamaRequest> recorder) {
        this.state = state;
        this.recorder = recorder;
    }

    @Override
    public void handle(HttpExchange exchange) {
        try {
            byte[] raw = exchange.getRequestBody().readAllBytes();
            JsonNode body;
            try {
                body = raw.length == 0 ? MissingNode.getInstance() : JSON.readTree(raw);
            } catch (JsonProcessingException e) {
                json(exchange, 400, FakeOllamaPayloads.error("invalid character in request body"));
                return;
            }
            RecordedOllamaRequest request;
            synchronized (this) {
                request = new RecordedOllamaRequest(++sequence, exchange.getRequestMethod(),
                        exchange.getRequestURI().getPath(), body, Instant.now());
                recorder.accept(request);
            }
            route(exchange, request);
        } catch (IOException | InterruptedException e) {
            // the client went away or the fake is closing
        } finally {
            exchange.close();
        }
    }

    private void route(HttpExchange exchange, RecordedOllamaRequest request) throws IOException, InterruptedException {
        switch (request.method() + " " + request.path()) {
            case "POST /api/chat" -> answer(exchange, request, true);
            case "POST /api/generate" -> answer(exchange, request, false);
            case "GET /api/tags" -> json(exchange, 200, models(state.installed.stream().sorted()
                    .map(FakeOllamaPayloads::installedModel).toList()));
            case "GET /api/ps" -> json(exchange, 200, models(state.inMemory().entrySet().stream()
                    .sorted(Map.Entry.comparingByKey())
                    .map(e -> FakeOllamaPayloads.runningModel(e.getKey(), e.getValue().expiresAt(),
                            e.getValue().contextLength())).toList()));
            case "POST /api/pull" -> pull(exchange, request.model());
            case "GET /api/version" -> json(exchange, 200, JSON.createObjectNode().put("version", "0.5.1"));
            case "GET /", "HEAD /" -> text(exchange, 200, "Ollama is running");
            default -> text(exchange, 404, "404 page not found");
        }
    }

    private void answer(HttpExchange exchange, RecordedOllamaRequest request, boolean chat)
            throws IOException, InterruptedException {
        String model = request.model();
        if (model == null || model.isBlank()) {
            json(exchange, 400, FakeOllamaPayloads.error("model is required"));
            return;
        }
        if (!state.installed.contains(model)) {
            json(exchange, 404, FakeOllamaPayloads.error("model '" + model + "' not found"));
            return;
        }
        Duration keepAlive;
        try {
            keepAlive = GoDuration.keepAlive(request.body().path("keep_alive"));
        } catch (IllegalArgumentException e) {
            json(exchange, 400, FakeOllamaPayloads.error(e.getMessage()));
            return;
        }
        int contextLength = request.option("num_ctx").asInt(2048);
        if (request.isPreload()) {
            state.load(model, keepAlive, contextLength);
            json(exchange, 200, FakeOllamaPayloads.loaded(model, chat, keepAlive.isZero()));
            return;
        }
        FakeOllamaState.ScriptedError scripted = state.questionErrors.poll();
        if (scripted != null) {
            json(exchange, scripted.status(), FakeOllamaPayloads.error(scripted.message()));
            return;
        }
        String garbage = state.garbage;
        if (garbage != null) {
            send(exchange, 200, "application/x-ndjson", garbage.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return;
        }
        JsonNode format = request.format();
        if (!format.isMissingNode() && !format.isObject() && !"json".equals(format.asText())) {
            json(exchange, 400, FakeOllamaPayloads.error("invalid format: expected \"json\" or a JSON schema"));
            return;
        }
        // Ollama sends nothing, not even the headers, before the first token
        Thread.sleep(state.firstTokenDelay.toMillis());
        state.load(model, keepAlive, contextLength);
        List<String> tokens = format.isMissingNode()
                ? Arrays.asList(state.answers.getOrDefault(model, FakeOllamaServer.DEFAULT_ANSWER).split("(?<= )"))
                // a structured answer is JSON text in the message content, streamed token by token
                : Arrays.asList(state.structuredAnswers.getOrDefault(model, FakeOllamaServer.DEFAULT_STRUCTURED_ANSWER)
                        .split("(?<=[,:{\\[])"));
        stream(exchange, model, chat, request.stream(), tokens);
    }

    private void stream(HttpExchange exchange, String model, boolean chat, boolean streamed, List<String> tokens)
            throws IOException, InterruptedException {
        if (!streamed) {
            String whole = String.join("", tokens);
            json(exchange, 200, chat ? FakeOllamaPayloads.chatDone(model, whole, tokens.size())
                    : FakeOllamaPayloads.generateDone(model, whole, tokens.size()));
            return;
        }
        OutputStream out = startStream(exchange);
        for (String token : tokens) {
            line(out, chat ? FakeOllamaPayloads.chatToken(model, token) : FakeOllamaPayloads.generateToken(model, token));
            String error = state.midStreamErrors.get(model);
            if (error != null) {
                line(out, FakeOllamaPayloads.error(error));
                return;
            }
            Thread.sleep(state.tokenInterval.toMillis());
        }
        line(out, chat ? FakeOllamaPayloads.chatDone(model, "", tokens.size())
                : FakeOllamaPayloads.generateDone(model, "", tokens.size()));
    }

    private void pull(HttpExchange exchange, String model) throws IOException {
        OutputStream out = startStream(exchange);
        line(out, FakeOllamaPayloads.pullStatus("pulling manifest"));
        String error = state.pullError;
        if (error != null) {
            line(out, FakeOllamaPayloads.error(error));
            return;
        }
        String digest = FakeOllamaPayloads.digest(model);
        long total = FakeOllamaPayloads.MODEL_SIZE;
        int steps = state.pullSteps;
        for (int step = 0; step <= steps; step++) {
            line(out, FakeOllamaPayloads.pullProgress(digest, total, total * step / steps));
        }
        line(out, FakeOllamaPayloads.pullProgress(FakeOllamaPayloads.digest(model + "/license"), 11_357, 11_357));
        line(out, FakeOllamaPayloads.pullStatus("verifying sha256 digest"));
        line(out, FakeOllamaPayloads.pullStatus("writing manifest"));
        state.installed.add(model);
        line(out, FakeOllamaPayloads.pullStatus("success"));
    }

    private static ObjectNode models(List<ObjectNode> models) {
        ObjectNode list = JSON.createObjectNode();
        list.putArray("models").addAll(models);
        return list;
    }

    private static OutputStream startStream(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "application/x-ndjson");
        exchange.sendResponseHeaders(200, 0);
        return exchange.getResponseBody();
    }

    private static void line(OutputStream out, JsonNode line) throws IOException {
        out.write(JSON.writeValueAsBytes(line));
        out.write('\n');
        out.flush();
    }

    private static void json(HttpExchange exchange, int status, JsonNode body) throws IOException {
        send(exchange, status, "application/json; charset=utf-8", JSON.writeValueAsBytes(body));
    }

    private static void text(HttpExchange exchange, int status, String body) throws IOException {
        send(exchange, status, "text/plain; charset=utf-8", body.getBytes(StandardCharsets.UTF_8));
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head ? -1 : body.length);
        if (!head) {
            exchange.getResponseBody().write(body);
        }
    }
}
