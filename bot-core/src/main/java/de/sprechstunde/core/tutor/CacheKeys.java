package de.sprechstunde.core.tutor;

import de.sprechstunde.core.port.ChatMessage;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
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
        return sha256(material.toString());
    }

    /** Case and runs of white space do not change the meaning of a learner's message. */
    static String normalise(String text) {
        return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    public static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
