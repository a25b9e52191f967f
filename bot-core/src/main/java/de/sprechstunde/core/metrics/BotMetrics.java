package de.sprechstunde.core.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bot's meters, named and tagged in one place. Tag values are bounded (platform, kind, outcome,
 * stage, component): never a user, chat or message id. Recording never throws.
 */
public final class BotMetrics {

    private static final Logger log = LoggerFactory.getLogger(BotMetrics.class);
    private static final double[] PERCENTILES = {0.5, 0.95, 0.99};

    private final MeterRegistry registry;

    public BotMetrics(MeterRegistry registry) {
        this.registry = Objects.requireNonNull(registry, "registry");
    }

    public MeterRegistry registry() {
        return registry;
    }

    /** One handled message: {@code bot.messages{platform,kind,outcome}}. */
    public void message(String platform, String kind, String outcome) {
        safely(() -> Counter.builder("bot.messages")
                .description("Messages handled, by platform, kind and outcome")
                .tags("platform", platform, "kind", kind, "outcome", outcome)
                .register(registry).increment());
    }

    /** Time spent in one stage of the pipeline: {@code bot.stage.duration{stage}}. */
    public void stage(String stage, Duration duration) {
        safely(() -> Timer.builder("bot.stage.duration")
                .description("Time spent in each pipeline stage")
                .tag("stage", stage)
                .publishPercentileHistogram()
                .register(registry).record(duration));
    }

    /** One model call: latency and time to first token as histograms with p50/p95/p99. */
    public void llm(String tier, String outcome, Duration total, Duration timeToFirstToken) {
        safely(() -> {
            Timer.builder("bot.llm.latency")
                    .description("Model answer time, request to last token")
                    .tags("tier", tier, "outcome", outcome)
                    .publishPercentiles(PERCENTILES).publishPercentileHistogram()
                    .register(registry).record(total);
            if (timeToFirstToken != null) {
                Timer.builder("bot.llm.time_to_first_token")
                        .description("Model time to first streamed token")
                        .tag("tier", tier)
                        .publishPercentiles(PERCENTILES).publishPercentileHistogram()
                        .register(registry).record(timeToFirstToken);
            }
        });
    }

    /** A cache lookup: {@code bot.cache.requests{cache,result}} with result hit or miss. */
    public void cache(String cache, boolean hit) {
        safely(() -> Counter.builder("bot.cache.requests")
                .description("Cache lookups by cache and result")
                .tags("cache", cache, "result", hit ? "hit" : "miss")
                .register(registry).increment());
    }

    /** A failure in one component: {@code bot.errors{component,type}}. */
    public void error(String component, String type) {
        safely(() -> Counter.builder("bot.errors")
                .description("Errors by component and type")
                .tags("component", component, "type", type)
                .register(registry).increment());
    }

    /** A rate-limit refusal: {@code bot.rate_limited{budget}}. */
    public void rateLimited(String budget) {
        safely(() -> Counter.builder("bot.rate_limited")
                .description("Messages refused by the per-learner rate limit")
                .tag("budget", budget)
                .register(registry).increment());
    }

    /** One grammar check and how many mistakes it found: {@code bot.grammar.checks}, {@code bot.grammar.corrections}. */
    public void grammarCheck(int corrections) {
        safely(() -> {
            Counter.builder("bot.grammar.checks").description("Grammar checks run").register(registry).increment();
            Counter.builder("bot.grammar.corrections").description("Corrections found").register(registry).increment(corrections);
        });
    }

    /** One card rated: {@code bot.reviews{rating}} (again, hard, good, easy); retention is good + easy over all. */
    public void review(String rating) {
        safely(() -> Counter.builder("bot.reviews").description("Cards rated in reviews").tag("rating", rating)
                .register(registry).increment());
    }

    /** Cards added: {@code bot.cards.added{source}} (correction, noun, verb, drill, learner). */
    public void cardsAdded(String source, int count) {
        safely(() -> Counter.builder("bot.cards.added").description("Cards added to learners' decks").tag("source", source)
                .register(registry).increment(count));
    }

    /**
     * The review backlog, {@code bot.cards.due}: cards of all learners due now, read when scraped.
     * A read that fails reports NaN rather than breaking the scrape.
     */
    public void dueBacklog(java.util.function.LongSupplier backlog) {
        safely(() -> io.micrometer.core.instrument.Gauge.builder("bot.cards.due", () -> {
            try {
                return backlog.getAsLong();
            } catch (RuntimeException e) {
                return Double.NaN;
            }
        }).description("Cards due for review, all learners").register(registry));
    }

    private static void safely(Runnable recording) {
        try {
            recording.run();
        } catch (RuntimeException e) {
            log.warn("metrics recording failed: {}", e.toString());
        }
    }
}
