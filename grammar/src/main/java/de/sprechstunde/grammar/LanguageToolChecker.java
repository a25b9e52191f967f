package de.sprechstunde.grammar;

import de.sprechstunde.core.concurrent.DaemonThreads;
import de.sprechstunde.core.learner.CefrLevel;
import de.sprechstunde.core.port.ComponentHealth;
import de.sprechstunde.core.port.Correction;
import de.sprechstunde.core.port.GrammarChecker;
import de.sprechstunde.grammar.rules.AgreementClassifier;
import de.sprechstunde.grammar.rules.LearnerRules;
import de.sprechstunde.grammar.rules.Lexicon;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.languagetool.JLanguageTool;
import org.languagetool.Language;
import org.languagetool.Languages;
import org.languagetool.rules.RuleMatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * LanguageTool (de-DE) plus the project's learner rules behind the {@link GrammarChecker} port.
 *
 * <p>Building LanguageTool and its first check take seconds (tens of seconds on a busy machine),
 * so {@link #start} warms a pool of instances on a background thread and {@link #ready()} stays
 * false until then; meanwhile checks return nothing and the tutor lets the model correct.
 *
 * <p>Thread-safe: a {@code JLanguageTool} is not, so each check borrows one instance from a pool
 * of {@code GRAMMAR_POOL_SIZE}. The instances share LanguageTool's dictionaries; each adds its own
 * rule objects (measured in docs/performance.md). A check never throws: failures log and return
 * an empty list.
 */
public final class LanguageToolChecker implements GrammarChecker, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(LanguageToolChecker.class);

    /**
     * Which rules run and what is shown. {@code SHIPPED}: LanguageTool's rules for chat, the learner
     * rules, and only the corrections the {@link CorrectionFilter} judges right. {@code RULES_UNFILTERED}:
     * the same rules, nothing filtered — to test what the rules themselves find. {@code ALL_UNFILTERED}:
     * every candidate rule, nothing filtered — to train and measure the filter.
     */
    public enum RuleSelection { SHIPPED, RULES_UNFILTERED, ALL_UNFILTERED }

    /**
     * Whether the shipped checker runs the rule of this id and LanguageTool category at all: the
     * candidates of {@code ALL_UNFILTERED} include rules it does not (for training the filter).
     */
    public static boolean shipsRule(String ruleId, String categoryId) {
        return LanguageToolRules.shipped(ruleId, categoryId);
    }

    /** The states of the checker, for health and readiness. */
    enum State { WARMING_UP, READY, FAILED, CLOSED }

    private final GrammarSettings settings;
    private final RuleSelection selection;
    private final BlockingQueue<JLanguageTool> pool;
    private final CountDownLatch warm = new CountDownLatch(1);
    private volatile State state = State.WARMING_UP;
    private volatile MatchMapper mapper;
    private volatile String failure = "";

    private LanguageToolChecker(GrammarSettings settings, RuleSelection selection) {
        this.settings = settings;
        this.selection = selection;
        this.pool = new ArrayBlockingQueue<>(settings.poolSize());
    }

    /** Starts warming up in the background and returns at once. */
    public static LanguageToolChecker start(GrammarSettings settings) {
        return start(settings, RuleSelection.SHIPPED);
    }

    /** Starts warming up a checker with the given rule selection in the background and returns at once. */
    public static LanguageToolChecker start(GrammarSettings settings, RuleSelection selection) {
        LanguageToolChecker checker = new LanguageToolChecker(settings, selection);
        DaemonThreads.start("grammar-warm-up", checker::warmUp);
        return checker;
    }

    /** A checker whose warm-up never started: stays "warming up" (for tests of that state). */
    static LanguageToolChecker notStarted(GrammarSettings settings) {
        return new LanguageToolChecker(settings, RuleSelection.SHIPPED);
    }

    private void warmUp() {
        long started = System.nanoTime();
        try {
            Language german = Languages.getLanguageForShortCode("de-DE");
            Lexicon lexicon = new Lexicon(german);
            Optional<CorrectionFilter> filter = selection == RuleSelection.SHIPPED ? CorrectionFilter.shipped() : Optional.empty();
            mapper = new MatchMapper(new LanguageToolExplanations(new AgreementClassifier(lexicon)), filter);
            for (int i = 0; i < settings.poolSize() && state != State.CLOSED; i++) {
                JLanguageTool tool = new JLanguageTool(german);
                if (selection == RuleSelection.ALL_UNFILTERED) {
                    LanguageToolRules.applyCandidates(tool);
                } else {
                    LanguageToolRules.apply(tool);
                }
                tool.setCleanOverlappingMatches(false);
                if (settings.learnerRules()) {
                    LearnerRules.all(lexicon).forEach(tool::addRule);
                }
                tool.check("Gestern ich bin mit mein Freund ins Kino gegangen, weil ich hatte Zeit.");
                pool.add(tool);
            }
            if (state != State.CLOSED) {
                state = State.READY;
            }
            log.info("grammar checker ready: {} LanguageTool instances, learner rules {}, correction filter {}, warm-up {} ms",
                    settings.poolSize(), settings.learnerRules() ? "on" : "off", filter.isPresent() ? "on" : "off",
                    (System.nanoTime() - started) / 1_000_000);
        } catch (Exception | LinkageError e) {
            failure = e.getClass().getSimpleName();
            state = State.FAILED;
            log.error("grammar checker failed to start; conversations continue without deterministic corrections", e);
        } finally {
            warm.countDown();
        }
    }

    /** Waits until warm-up has finished (ready or failed); true when ready. For tests and benchmarks. */
    public boolean awaitReady(Duration timeout) throws InterruptedException {
        warm.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
        return ready();
    }

    @Override
    public boolean ready() {
        return state == State.READY;
    }

    @Override
    public List<Correction> check(String text, CefrLevel level) {
        return withTool(text, matches -> mapper.map(text, matches));
    }

    /** Every candidate correction with its features and score, before filtering and overlaps (for measurement). */
    public List<Candidate> candidates(String text) {
        return withTool(text, matches -> mapper.candidates(text, matches));
    }

    private <T> List<T> withTool(String text, java.util.function.Function<List<RuleMatch>, List<T>> mapping) {
        if (!ready() || text == null || text.isBlank()) {
            return List.of();
        }
        JLanguageTool tool = null;
        try {
            tool = pool.poll(settings.waitForFree().toMillis(), TimeUnit.MILLISECONDS);
            if (tool == null) {
                log.warn("grammar check skipped: no free LanguageTool instance within {} ms", settings.waitForFree().toMillis());
                return List.of();
            }
            return mapping.apply(tool.check(text));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return List.of();
        } catch (Exception | StackOverflowError e) {
            log.warn("grammar check failed on a text of {} characters", text.length(), e);
            return List.of();
        } finally {
            if (tool != null) {
                pool.offer(tool);
            }
        }
    }

    /** The checker's state for {@code /health}: up when ready, degraded while warming up, down when start-up failed. */
    public ComponentHealth health() {
        return switch (state) {
            case READY -> ComponentHealth.up("grammar", Duration.ZERO,
                    "LanguageTool de-DE ready (" + settings.poolSize() + " instances)");
            case WARMING_UP -> new ComponentHealth("grammar", ComponentHealth.Status.DEGRADED, Duration.ZERO,
                    "LanguageTool warming up; the model corrects meanwhile", java.util.Map.of());
            case FAILED -> ComponentHealth.down("grammar", Duration.ZERO, "LanguageTool failed to start: " + failure);
            case CLOSED -> ComponentHealth.disabled("grammar", "closed");
        };
    }

    @Override
    public void close() {
        state = State.CLOSED;
        pool.clear();
    }
}
