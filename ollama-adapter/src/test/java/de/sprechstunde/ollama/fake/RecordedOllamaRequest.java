package de.sprechstunde.ollama.fake;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/**
 * One request as {@link FakeOllamaServer} received it.
 *
 * @param sequence   its place among all requests the fake received, from 1
 * @param method     {@code GET}, {@code POST}, …
 * @param path       e.g. {@code /api/chat}
 * @param body       the parsed JSON body; a missing node for requests without one
 * @param receivedAt when it arrived
 */
public record RecordedOllamaRequest(int sequence, String method, String path, JsonNode body, Instant receivedAt) {

    public boolean is(String expectedMethod, String expectedPath) {
        return method.equals(expectedMethod) && path.equals(expectedPath);
    }

    /** {@code model} (or the older {@code name} of {@code /api/pull}). */
    public String model() {
        return body.hasNonNull("model") ? body.path("model").asText() : body.path("name").asText(null);
    }

    /** {@code keep_alive} as sent (ollama4j sends a string), or null. */
    public String keepAlive() {
        return body.hasNonNull("keep_alive") ? body.path("keep_alive").asText() : null;
    }

    /** One of {@code options}, e.g. {@code num_predict}; a missing node when absent. */
    public JsonNode option(String name) {
        return body.path("options").path(name);
    }

    /** Whether streaming was asked for; Ollama streams when {@code stream} is absent. */
    public boolean stream() {
        return !body.has("stream") || body.path("stream").asBoolean(true);
    }

    /** A chat with no messages or a generate with no prompt: Ollama only loads the model. */
    public boolean isPreload() {
        if (is("POST", "/api/chat")) {
            return body.path("messages").isEmpty();
        }
        return is("POST", "/api/generate") && body.path("prompt").asText("").isEmpty();
    }

    /** A chat that asks a question (has messages) for a conversational answer, not a structured one. */
    public boolean isQuestion() {
        return is("POST", "/api/chat") && !body.path("messages").isEmpty() && !body.has("format");
    }

    /** A chat with messages and a {@code format} (a JSON schema, or {@code "json"}): a structured answer. */
    public boolean isStructured() {
        return is("POST", "/api/chat") && !body.path("messages").isEmpty() && body.has("format");
    }

    /** {@code format} as sent; a missing node when absent. */
    public JsonNode format() {
        return body.path("format");
    }

    /** The content of the last chat message, or empty. */
    public String lastMessage() {
        JsonNode messages = body.path("messages");
        return messages.isEmpty() ? "" : messages.get(messages.size() - 1).path("content").asText();
    }

    @Override
    public String toString() {
        return "#" + sequence + " " + method + " " + path + (body.isMissingNode() ? "" : " " + body);
    }
}
