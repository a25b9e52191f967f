package de.sprechstunde.core.tutor;

import de.sprechstunde.core.message.Activity;
import de.sprechstunde.core.message.Reply;
import de.sprechstunde.core.message.ReplySink;
import de.sprechstunde.core.metrics.BotMetrics;
import de.sprechstunde.core.port.CacheKind;
import de.sprechstunde.core.port.ChatAnswer;
import de.sprechstunde.core.port.ChatMessage;
import de.sprechstunde.core.port.ChatModel;
import de.sprechstunde.core.port.ChatModelException;
import de.sprechstunde.core.port.ChatRequest;
import de.sprechstunde.core.port.ModelTier;
import de.sprechstunde.core.port.ResponseCache;
import de.sprechstunde.core.port.TokenListener;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gets the tutor's answer to a prompt: from the cache, else streamed from the model into the
 * learner's chat. A model that fails is turned into an honest apology, never an exception.
 */
public final class TutorAnswerer {

    private static final Logger log = LoggerFactory.getLogger(TutorAnswerer.class);

    private final ChatModel model;
    private final ResponseCache cache;
    private final boolean cachingEnabled;
    private final PromptLeaks leaks;
    private final BotMetrics metrics;

    public TutorAnswerer(ChatModel model, ResponseCache cache, boolean cachingEnabled, PromptLeaks leaks, BotMetrics metrics) {
        this.model = model;
        this.cache = cache;
        this.cachingEnabled = cachingEnabled;
        this.leaks = leaks;
        this.metrics = metrics;
    }

    /**
     * Answers and delivers.
     *
     * @return the answer as the learner saw it, or empty when the model could not answer (the
     *         learner has then been told why)
     */
    public Optional<String> answer(List<ChatMessage> prompt, ModelTier tier, CacheKind kind, ReplySink sink, TutorTexts texts) {
        return answer(prompt, tier, kind, sink, texts, TokenListener.IGNORE);
    }

    /**
     * Answers and delivers, and hands the model's stream to {@code follower} as well (the voice
     * speaks it while it is written). A cached answer does not stream.
     */
    public Optional<String> answer(List<ChatMessage> prompt, ModelTier tier, CacheKind kind, ReplySink sink, TutorTexts texts,
                                   TokenListener follower) {
        String key = CacheKeys.forPrompt(model.modelName(tier), PromptBuilder.VERSION, prompt);
        if (cachingEnabled) {
            Optional<String> cached = cache.get(kind, key);
            metrics.cache("response", cached.isPresent());
            if (cached.isPresent()) {
                sink.send(Reply.Text.of(cached.get()));
                return cached;
            }
        }
        sink.working(Activity.TYPING);
        LeakShieldedStream stream = new LeakShieldedStream(sink.stream(), leaks, prompt.get(0).content());
        String tierTag = tier.name().toLowerCase(Locale.ROOT);
        try {
            ChatAnswer answer = model.chat(new ChatRequest(tier, prompt), (token, soFar) -> {
                stream.update(soFar);
                follower.onToken(token, soFar);
            });
            metrics.llm(tierTag, "ok", answer.total(), answer.timeToFirstToken());
            String text = answer.text().strip();
            if (text.isEmpty()) {
                stream.abort(Reply.Text.of(texts.tutorFailed()));
                metrics.error("llm", "empty_answer");
                return Optional.empty();
            }
            if (stream.leaked(text)) {
                log.warn("model answer repeated the system prompt; replaced it");
                metrics.error("llm", "prompt_leak");
                text = texts.stayInRole();
            } else if (cachingEnabled) {
                cache.put(kind, key, text);
            }
            stream.complete(Reply.Text.of(text));
            return Optional.of(text);
        } catch (ChatModelException e) {
            String reason = e.reason().name().toLowerCase(Locale.ROOT);
            log.warn("model could not answer: {} ({})", reason, e.getMessage());
            metrics.error("llm", reason);
            stream.abort(Reply.Text.of(apology(e.reason(), texts)));
            return Optional.empty();
        }
    }

    private static String apology(ChatModelException.Reason reason, TutorTexts texts) {
        return switch (reason) {
            case UNAVAILABLE, MODEL_MISSING -> texts.tutorOffline();
            case TIMEOUT -> texts.tutorSlow();
            case FAILED -> texts.tutorFailed();
        };
    }
}
