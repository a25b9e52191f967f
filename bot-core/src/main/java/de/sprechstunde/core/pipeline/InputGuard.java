package de.sprechstunde.core.pipeline;

import de.sprechstunde.core.config.TutorSettings;
import de.sprechstunde.core.message.IncomingMessage;
import de.sprechstunde.core.message.MessageContent;
import de.sprechstunde.core.message.Outcome;
import de.sprechstunde.core.metrics.BotMetrics;
import de.sprechstunde.core.port.RateBudget;
import de.sprechstunde.core.port.RateDecision;
import de.sprechstunde.core.port.RateLimiter;
import de.sprechstunde.core.tutor.TutorTexts;
import java.util.Locale;
import java.util.Optional;

/**
 * The checks before any real work: the learner's rate limit (admins exempt; one notice per
 * window, later refusals are silent) and the input limits.
 */
public final class InputGuard {

    /**
     * Why a message is not handled.
     *
     * @param outcome     for metrics and the log line
     * @param explanation what the learner is told; empty to stay silent
     */
    public record Refusal(Outcome outcome, Optional<String> explanation) {
    }

    private final RateLimiter limiter;
    private final TutorSettings settings;
    private final BotMetrics metrics;

    public InputGuard(RateLimiter limiter, TutorSettings settings, BotMetrics metrics) {
        this.limiter = limiter;
        this.settings = settings;
        this.metrics = metrics;
    }

    public Optional<Refusal> check(IncomingMessage message, boolean admin, TutorTexts texts) {
        if (!admin) {
            RateBudget budget = message.content() instanceof MessageContent.Voice ? RateBudget.VOICE : RateBudget.TEXT;
            if (limiter.tryAcquire(message.sender(), budget) instanceof RateDecision.Limited limited) {
                metrics.rateLimited(budget.name().toLowerCase(Locale.ROOT));
                return Optional.of(new Refusal(Outcome.RATE_LIMITED,
                        limited.firstRefusal() ? Optional.of(texts.rateLimited(limited.retryAfter())) : Optional.empty()));
            }
        }
        if (message.content() instanceof MessageContent.Unsupported unsupported) {
            return Optional.of(new Refusal(Outcome.UNSUPPORTED, Optional.of(texts.unsupported(unsupported.kind()))));
        }
        if (message.content() instanceof MessageContent.Text text) {
            String body = text.text().strip();
            if (body.isEmpty()) {
                return Optional.of(new Refusal(Outcome.REJECTED, Optional.of(texts.emptyText())));
            }
            if (body.length() > settings.maxTextLength()) {
                return Optional.of(new Refusal(Outcome.REJECTED, Optional.of(texts.textTooLong(body.length(), settings.maxTextLength()))));
            }
        }
        return Optional.empty();
    }
}
