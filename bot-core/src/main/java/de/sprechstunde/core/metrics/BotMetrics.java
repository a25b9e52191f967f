package de.sprechstunde.core.metrics;

import de.sprechstunde.core.learner.Platform;
import de.sprechstunde.core.message.Outcome;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bot's meters, named and tagged in one place. Tag values are bounded (platform, kind, outcome,
 * stage, component): never a user, chat or message id. Recording never throws.
 */
public final class BotMetrics {

    private static final Logger log = LoggerFactory.getLogger(BotMetrics.class);
    private static final double[] PERCENTILES = {0.5, 0.95, 0.99};
    /** The bounded tag values known before anything happens, so every series exists from the start. */
    private static final List<String> KINDS = List.of("text", "command", "voice", "unsupported");
    private static final List<String> STAGES = List.of("accept", "guard", "understand", "answer", "remember");
    private static final List<String> TIERS = List.of("main", "fast");
    private static final List<String> CACHES = List.of("response", "audio");
    private static final List<String> BUDGETS = List.of("text", "voice");

    private final MeterRegistry registry;

    public BotMetrics(MeterRegistry registry) {
        this.registry = Objects.requireNonNull(registry, "registry");
    }

    public MeterRegistry registry() {
        return registry;
    }

    /** One handled message: {@code bot.messages{platform,kind,outcome}}. */
    public void message(String platform, String kind, String outcome) {
        safely(() -> messages(platform, kind, outcome).increment());
    }

    /** Time spent in one stage of the pipeline: {@code bot.stage.duration{stage}}. */
    public void stage(String stage, Duration duration) {
        safely(() -> stageTimer(stage).record(duration));
    }

    /** One model call: latency and time to first token as histograms with p50/p95/p99. */
    public void llm(String tier, String outcome, Duration total, Duration timeToFirstToken) {
        safely(() -> {
            llmLatency(tier, outcome).record(total);
            if (timeToFirstToken != null) {
                timeToFirstToken(tier).record(timeToFirstToken);
            }
        });
    }

    /** A cache lookup: {@code bot.cache.requests{cache,result}} with result hit or miss. */
    public void cache(String cache, boolean hit) {
        safely(() -> cacheRequests(cache, hit ? "hit" : "miss").increment());
    }

    /** A failure in one component: {@code bot.errors{component,type}}. */
    public void error(String component, String type) {
        safely(() -> Counter.builder("bot.errors")
                .description("Errors by component and type")
                .tags("component", component, "type", type)
                .register(registry).increment());
    }

    /** A placement test event: {@code bot.placement.tests{outcome}}, outcome {@code started} or {@code finished}. */
    public void placement(String outcome) {
        safely(() -> Counter.builder("bot.placement.tests")
                .description("Placement tests started and finished")
                .tag("outcome", outcome)
                .register(registry).increment());
    }

    /**
     * One reminder decision: {@code bot.reminders{outcome}}, outcome {@code sent}, {@code failed},
     * {@code blocked} or {@code skipped} (nothing due, quiet hours, too late, claimed elsewhere).
     */
    public void reminder(String outcome) {
        safely(() -> Counter.builder("bot.reminders")
                .description("Reminders sent, failed, blocked or skipped")
                .tag("outcome", outcome)
                .register(registry).increment());
    }

    /** A rate-limit refusal: {@code bot.rate_limited{budget}}. */
    public void rateLimited(String budget) {
        safely(() -> rateLimits(budget).increment());
    }

    /** One grammar check and how many mistakes it found: {@code bot.grammar.checks}, {@code bot.grammar.corrections}. */
    public void grammarCheck(int corrections) {
        safely(() -> {
            grammarChecks().increment();
            grammarCorrections().increment(corrections);
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
    public void dueBacklog(LongSupplier backlog) {
        safely(() -> Gauge.builder("bot.cards.due", () -> {
            try {
                return backlog.getAsLong();
            } catch (RuntimeException e) {
                return Double.NaN;
            }
        }).description("Cards due for review, all learners").register(registry));
    }

    /**
     * Registers every series whose tag values are known in advance at zero. Without this a series
     * appears on its first event, which {@code rate()} and {@code increase()} then cannot see, and a
     * tier's latency quantiles stay NaN until it has answered twice.
     */
    public void startAtZero() {
        safely(() -> {
            for (Platform platform : Platform.values()) {
                for (String kind : KINDS) {
                    for (Outcome outcome : Outcome.values()) {
                        messages(platform.key(), kind, outcome.tag());
                    }
                }
            }
            STAGES.forEach(this::stageTimer);
            for (String tier : TIERS) {
                llmLatency(tier, "ok");
                timeToFirstToken(tier);
            }
            CACHES.forEach(cache -> List.of("hit", "miss").forEach(result -> cacheRequests(cache, result)));
            BUDGETS.forEach(this::rateLimits);
            grammarChecks();
            grammarCorrections();
        });
    }

    private Counter messages(String platform, String kind, String outcome) {
        return Counter.builder("bot.messages")
                .description("Messages handled, by platform, kind and outcome")
                .tags("platform", platform, "kind", kind, "outcome", outcome)
                .register(registry);
    }

    private Timer stageTimer(String stage) {
        return Timer.builder("bot.stage.duration")
                .description("Time spent in each pipeline stage")
                .tag("stage", stage)
                .publishPercentileHistogram()
                .register(registry);
    }

    private Timer llmLatency(String tier, String outcome) {
        return Timer.builder("bot.llm.latency")
                .description("Model answer time, request to last token")
                .tags("tier", tier, "outcome", outcome)
                .publishPercentiles(PERCENTILES).publishPercentileHistogram()
                .register(registry);
    }

    private Timer timeToFirstToken(String tier) {
        return Timer.builder("bot.llm.time_to_first_token")
                .description("Model time to first streamed token")
                .tag("tier", tier)
                .publishPercentiles(PERCENTILES).publishPercentileHistogram()
                .register(registry);
    }

    private Counter cacheRequests(String cache, String result) {
        return Counter.builder("bot.cache.requests")
                .description("Cache lookups by cache and result")
                .tags("cache", cache, "result", result)
                .register(registry);
    }

    private Counter rateLimits(String budget) {
        return Counter.builder("bot.rate_limited")
                .description("Messages refused by the per-learner rate limit")
                .tag("budget", budget)
                .register(registry);
    }

    private Counter grammarChecks() {
        return Counter.builder("bot.grammar.checks").description("Grammar checks run").register(registry);
    }

    private Counter grammarCorrections() {
        return Counter.builder("bot.grammar.corrections").description("Corrections found").register(registry);
    }

    private static void safely(Runnable recording) {
        try {
            recording.run();
        } catch (RuntimeException e) {
            log.warn("metrics recording failed: {}", e.toString());
        }
    }
}
