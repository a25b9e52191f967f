package de.sprechstunde.core.port;

import java.util.List;
import java.util.Objects;

/**
 * What to ask the chat model. Sampling settings (temperature, token limit, keep-alive) belong to
 * the adapter's configuration, not to each request.
 *
 * @param tier     which model answers
 * @param messages the conversation, system prompt first
 */
public record ChatRequest(ModelTier tier, List<ChatMessage> messages) {
    public ChatRequest {
        Objects.requireNonNull(tier, "tier");
        messages = List.copyOf(messages);
        if (messages.isEmpty()) {
            throw new IllegalArgumentException("a chat request needs at least one message");
        }
    }
}
