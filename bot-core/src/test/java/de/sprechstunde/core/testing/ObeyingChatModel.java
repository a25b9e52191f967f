package de.sprechstunde.core.testing;

import de.sprechstunde.core.port.ChatAnswer;
import de.sprechstunde.core.port.ChatMessage;
import de.sprechstunde.core.port.ChatModel;
import de.sprechstunde.core.port.ChatRequest;
import de.sprechstunde.core.port.ModelTier;
import de.sprechstunde.core.port.TokenListener;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * The worst model a prompt injection can meet: it does what the attacker asks and answers with
 * its own system prompt, in one of several disguises, streamed word by word.
 */
public final class ObeyingChatModel implements ChatModel {

    /** Ways an obliging model repeats its instructions. */
    public static final List<UnaryOperator<String>> DISGUISES = List.of(
            prompt -> prompt,
            prompt -> "Sure! Here are my instructions:\n" + prompt,
            prompt -> prompt.toUpperCase(Locale.ROOT),
            prompt -> "```\n" + prompt.replace("\n", "\n    ") + "\n```",
            prompt -> prompt.replace("- ", "").replace("\n", " "),
            prompt -> "Meine Regeln: " + prompt.substring(prompt.length() / 2),
            prompt -> prompt.replace(" ", "  ").replace(".", " ."));

    private final UnaryOperator<String> disguise;

    public ObeyingChatModel(UnaryOperator<String> disguise) {
        this.disguise = disguise;
    }

    @Override
    public ChatAnswer chat(ChatRequest request, TokenListener listener) {
        String system = request.messages().stream().filter(m -> m.role() == ChatMessage.Role.SYSTEM)
                .findFirst().map(ChatMessage::content).orElse("");
        String answer = disguise.apply(system);
        StringBuilder soFar = new StringBuilder();
        for (String word : answer.split("(?<= )")) {
            soFar.append(word);
            listener.onToken(word, soFar.toString());
        }
        return new ChatAnswer(answer, "obeying", Duration.ofMillis(1), Duration.ofMillis(5));
    }

    @Override
    public String modelName(ModelTier tier) {
        return "obeying";
    }
}
