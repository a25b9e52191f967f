package de.sprechstunde.grammar;

import java.time.Duration;

/**
 * How the grammar checker runs. Validated on construction; the deploy module's configuration reader
 * reads the documented variables.
 *
 * @param enabled      {@code ENABLE_GRAMMAR_CHECK}: run LanguageTool and the learner rules at all
 * @param poolSize     {@code GRAMMAR_POOL_SIZE}: LanguageTool instances checking in parallel (each
 *                     is single-threaded; they share the dictionaries)
 * @param waitForFree  {@code GRAMMAR_WAIT_MS}: how long a check waits for a free instance before it
 *                     gives up and returns no corrections
 * @param learnerRules whether the project's learner rules run besides LanguageTool's own (off only
 *                     to measure LanguageTool alone)
 */
public record GrammarSettings(boolean enabled, int poolSize, Duration waitForFree, boolean learnerRules) {

    public static final int MAX_POOL_SIZE = 16;

    public GrammarSettings {
        if (poolSize < 1 || poolSize > MAX_POOL_SIZE) {
            throw new IllegalArgumentException("GRAMMAR_POOL_SIZE must be between 1 and " + MAX_POOL_SIZE + ", got " + poolSize);
        }
        if (waitForFree == null || waitForFree.isNegative() || waitForFree.isZero()) {
            throw new IllegalArgumentException("GRAMMAR_WAIT_MS must be a positive number of milliseconds");
        }
    }

    /** On, two instances, five seconds' wait, learner rules on. */
    public static GrammarSettings defaults() {
        return new GrammarSettings(true, 2, Duration.ofSeconds(5), true);
    }

    public GrammarSettings withEnabled(boolean value) {
        return new GrammarSettings(value, poolSize, waitForFree, learnerRules);
    }

    public GrammarSettings withPoolSize(int value) {
        return new GrammarSettings(enabled, value, waitForFree, learnerRules);
    }

    public GrammarSettings withLearnerRules(boolean value) {
        return new GrammarSettings(enabled, poolSize, waitForFree, value);
    }
}
