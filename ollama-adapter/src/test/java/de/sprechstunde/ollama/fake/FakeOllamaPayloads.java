package de.sprechstunde.ollama.fake;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * The JSON objects a real Ollama (0.5–0.12) sends, field for field, each written on one line as
 * Ollama's NDJSON streams have them. Durations are in nanoseconds, times ISO-8601.
 */
final class FakeOllamaPayloads {

    static final ObjectMapper JSON = new ObjectMapper();
    static final long MODEL_SIZE = 4_113_301_824L;

    private FakeOllamaPayloads() {
    }

    /** One streamed chat token. */
    static ObjectNode chatToken(String model, String content) {
        ObjectNode line = head(model);
        line.putObject("message").put("role", "assistant").put("content", content);
        return line.put("done", false);
    }

    /** The last line of a chat: empty content, the reason and the timings. */
    static ObjectNode chatDone(String model, String content, int tokens) {
        ObjectNode line = head(model);
        line.putObject("message").put("role", "assistant").put("content", content);
        line.put("done_reason", "stop").put("done", true);
        return timings(line, tokens);
    }

    static ObjectNode generateToken(String model, String response) {
        return head(model).put("response", response).put("done", false);
    }

    static ObjectNode generateDone(String model, String response, int tokens) {
        return timings(head(model).put("response", response).put("done", true).put("done_reason", "stop"), tokens);
    }

    /** The answer to a chat with no messages ({@code message}) or a generate with no prompt. */
    static ObjectNode loaded(String model, boolean chat, boolean unloaded) {
        ObjectNode line = head(model);
        if (chat) {
            line.putObject("message").put("role", "assistant").put("content", "");
        } else {
            line.put("response", "");
        }
        return line.put("done_reason", unloaded ? "unload" : "load").put("done", true);
    }

    static ObjectNode error(String message) {
        return JSON.createObjectNode().put("error", message);
    }

    /** An entry of {@code /api/tags}. */
    static ObjectNode installedModel(String name) {
        ObjectNode model = JSON.createObjectNode().put("name", name).put("model", name)
                .put("modified_at", "2025-01-01T12:00:00.123456789+01:00").put("size", MODEL_SIZE)
                .put("digest", digest(name));
        model.set("details", details());
        return model;
    }

    /** An entry of {@code /api/ps}. */
    static ObjectNode runningModel(String name, Instant expiresAt, int contextLength) {
        ObjectNode model = JSON.createObjectNode().put("name", name).put("model", name).put("size", 5_137_025_024L)
                .put("digest", digest(name));
        model.set("details", details());
        return model.put("expires_at", expiresAt.toString()).put("size_vram", 5_137_025_024L)
                .put("context_length", contextLength);
    }

    static ObjectNode pullStatus(String status) {
        return JSON.createObjectNode().put("status", status);
    }

    static ObjectNode pullProgress(String digest, long total, long completed) {
        ObjectNode line = JSON.createObjectNode().put("status", "pulling " + digest.substring(7, 19))
                .put("digest", digest).put("total", total);
        return completed > 0 ? line.put("completed", completed) : line;
    }

    static String digest(String name) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8));
            return "sha256:" + HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ObjectNode details() {
        ObjectNode details = JSON.createObjectNode().put("parent_model", "").put("format", "gguf")
                .put("family", "llama");
        details.putArray("families").add("llama");
        return details.put("parameter_size", "7.2B").put("quantization_level", "Q4_0");
    }

    private static ObjectNode head(String model) {
        return JSON.createObjectNode().put("model", model).put("created_at", Instant.now().toString());
    }

    private static ObjectNode timings(ObjectNode line, int tokens) {
        return line.put("total_duration", 4_883_583_458L).put("load_duration", 1_334_875L)
                .put("prompt_eval_count", 26).put("prompt_eval_duration", 342_546_000L)
                .put("eval_count", tokens).put("eval_duration", 4_535_599_000L);
    }
}
