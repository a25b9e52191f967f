package de.sprechstunde.ollama;

import de.sprechstunde.core.port.ChatMessage;
import io.github.ollama4j.models.chat.OllamaChatMessage;
import io.github.ollama4j.models.chat.OllamaChatMessageRole;
import io.github.ollama4j.models.chat.OllamaChatRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the {@code /api/chat} bodies. Every request, the preload included, carries the same
 * {@code keep_alive} and options: Ollama reloads a model whose {@code num_ctx} changes, so a preload
 * without it would be wasted on the first real question.
 */
final class OllamaRequests {

    private final OllamaSettings settings;

    OllamaRequests(OllamaSettings settings) {
        this.settings = settings;
    }

    /** A new request per attempt: ollama4j appends the answer to the request's message list. */
    OllamaChatRequest chat(String model, List<ChatMessage> messages) {
        List<OllamaChatMessage> converted = new ArrayList<>(messages.size() + 1);
        for (ChatMessage message : messages) {
            converted.add(new OllamaChatMessage(role(message.role()), message.content()));
        }
        return base(model).withMessages(converted).withStreaming();
    }

    /**
     * A structured request: Ollama constrains the answer to {@code schema} (its {@code format}
     * field takes a JSON schema; ollama4j 1.1.5 sends any object set with {@code setFormat} as is).
     * Temperature 0 and a small token limit: this is an analysis, not a conversation; {@code num_ctx}
     * stays, since a different one would make Ollama reload the model.
     */
    OllamaChatRequest structured(String model, List<ChatMessage> messages, Map<String, Object> schema, int maxTokens) {
        OllamaChatRequest request = chat(model, messages);
        Map<String, Object> options = options();
        options.put("temperature", 0.0);
        options.put("num_predict", maxTokens);
        request.setOptions(options);
        request.setFormat(schema);
        return request;
    }

    /**
     * The re-probe of an ejected host: one user word and a one-token answer, streamed like a
     * learner's question, so a host that breaks off streams is found out.
     */
    OllamaChatRequest probe(String model) {
        List<OllamaChatMessage> messages = new ArrayList<>(List.of(new OllamaChatMessage(OllamaChatMessageRole.USER, "Hallo")));
        OllamaChatRequest request = base(model).withMessages(messages).withStreaming();
        Map<String, Object> options = options();
        options.put("num_predict", 1);
        request.setOptions(options);
        return request;
    }

    /** Empty messages: Ollama loads the model, answers {@code "done_reason":"load"} and keeps it for {@code keep_alive}. */
    OllamaChatRequest preload(String model) {
        return base(model).withMessages(new ArrayList<>());
    }

    Map<String, Object> options() {
        Map<String, Object> options = new LinkedHashMap<>();
        options.put("temperature", settings.temperature());
        options.put("num_predict", settings.maxTokens());
        options.put("num_ctx", settings.contextTokens());
        return options;
    }

    private OllamaChatRequest base(String model) {
        OllamaChatRequest request = OllamaChatRequest.builder()
                .withModel(model)
                .withKeepAlive(settings.keepAlive())
                // no tools are offered; this also keeps ollama4j from looping over tool calls
                .withUseTools(false);
        request.setOptions(options());
        return request;
    }

    private static OllamaChatMessageRole role(ChatMessage.Role role) {
        return switch (role) {
            case SYSTEM -> OllamaChatMessageRole.SYSTEM;
            case USER -> OllamaChatMessageRole.USER;
            case ASSISTANT -> OllamaChatMessageRole.ASSISTANT;
        };
    }
}
