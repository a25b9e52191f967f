package de.sprechstunde.core.testing;

import de.sprechstunde.core.port.ChatAnswer;
import de.sprechstunde.core.port.ChatModel;
import de.sprechstunde.core.port.ChatModelException;
import de.sprechstunde.core.port.ChatRequest;
import de.sprechstunde.core.port.ModelTier;
import de.sprechstunde.core.port.TokenListener;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A chat model for core tests: answers with queued texts (or a default), streams them word by
 * word, can be switched offline, and records every request it was sent.
 */
public final class ScriptedChatModel implements ChatModel {

    private final Deque<String> answers = new ArrayDeque<>();
    private final List<ChatRequest> requests = new CopyOnWriteArrayList<>();
    private volatile String defaultAnswer = "Das ist schön! Was machst du gern am Wochenende?";
    private volatile ChatModelException failure;

    public synchronized ScriptedChatModel answer(String text) {
        answers.addLast(text);
        return this;
    }

    public ScriptedChatModel defaultAnswer(String text) {
        this.defaultAnswer = text;
        return this;
    }

    /** Every call fails with this reason until {@link #online()}. */
    public ScriptedChatModel offline(ChatModelException.Reason reason) {
        this.failure = new ChatModelException(reason, "scripted " + reason);
        return this;
    }

    public ScriptedChatModel online() {
        this.failure = null;
        return this;
    }

    @Override
    public ChatAnswer chat(ChatRequest request, TokenListener listener) throws ChatModelException {
        requests.add(request);
        if (failure != null) {
            throw failure;
        }
        String answer;
        synchronized (this) {
            answer = answers.isEmpty() ? defaultAnswer : answers.removeFirst();
        }
        StringBuilder soFar = new StringBuilder();
        for (String token : answer.split("(?<= )")) {
            soFar.append(token);
            listener.onToken(token, soFar.toString());
        }
        return new ChatAnswer(answer, modelName(request.tier()), Duration.ofMillis(5), Duration.ofMillis(20));
    }

    @Override
    public String modelName(ModelTier tier) {
        return tier == ModelTier.FAST ? "llama3.2:3b" : "mistral:7b";
    }

    public List<ChatRequest> requests() {
        return List.copyOf(requests);
    }

    public ChatRequest lastRequest() {
        if (requests.isEmpty()) {
            throw new AssertionError("the model was never asked");
        }
        return requests.get(requests.size() - 1);
    }
}
