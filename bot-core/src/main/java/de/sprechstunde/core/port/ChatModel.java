package de.sprechstunde.core.port;

/**
 * A local large language model that answers as the tutor.
 *
 * <p>Thread-safe. {@link #chat} blocks the calling thread until the answer is complete, so it is
 * called from the core's worker threads, never from a platform's event thread.
 */
public interface ChatModel {

    /**
     * Streams an answer, passing each token to {@code listener} as it arrives.
     *
     * @return the complete answer
     * @throws ChatModelException when the model is unreachable, missing, too slow or fails mid-stream
     */
    ChatAnswer chat(ChatRequest request, TokenListener listener) throws ChatModelException;

    /** The model name used for a tier, e.g. {@code mistral:7b}; part of cache keys. */
    String modelName(ModelTier tier);
}
