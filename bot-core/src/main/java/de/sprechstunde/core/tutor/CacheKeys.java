package de.sprechstunde.core.tutor;

import de.sprechstunde.core.port.ChatMessage;
import de.sprechstunde.core.text.Digests;
import java.util.List;
import java.util.Locale;

/**
 * Cache keys for model answers: a SHA-256 over the model, the prompt version and the normalised
 * conversation, so identical situations share an answer and nothing else does.
 */
public final class CacheKeys {

    private CacheKeys() {
    }

    public static String forPrompt(String model, String promptVersion, List<ChatMessage> messages) {
        StringBuilder material = new StringBuilder(model).append('\u0000').append(promptVersion);
        for (ChatMessage message : messages) {
            material.append('\u0000').append(message.role()).append('\u0001').append(normalise(message.content()));
        }
        return Digests.sha256(material.toString());
    }

    /** Case and runs of white space do not change the meaning of a learner's message. */
    static String normalise(String text) {
        return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
