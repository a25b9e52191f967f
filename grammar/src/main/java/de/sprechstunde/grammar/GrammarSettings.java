package de.sprechstunde.grammar;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;

/**
 * How the grammar checker runs. Validated on construction; {@link #fromEnvironment(Map)} reads the
 * documented variables and names the bad one in its message.
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

    /**
     * Reads {@code ENABLE_GRAMMAR_CHECK} (true|false), {@code GRAMMAR_POOL_SIZE} (1–16) and
     * {@code GRAMMAR_WAIT_MS} (positive); missing or blank values keep the defaults.
     *
     * @throws IllegalArgumentException naming the variable when a value is invalid
     */
    public static GrammarSettings fromEnvironment(Map<String, String> env) {
        GrammarSettings defaults = defaults();
        boolean enabled = bool(env, "ENABLE_GRAMMAR_CHECK", defaults.enabled());
        int pool = integer(env, "GRAMMAR_POOL_SIZE", defaults.poolSize());
        int waitMs = integer(env, "GRAMMAR_WAIT_MS", (int) defaults.waitForFree().toMillis());
        if (waitMs <= 0) {
            throw new IllegalArgumentException("GRAMMAR_WAIT_MS must be a positive number of milliseconds, got " + waitMs);
        }
        return new GrammarSettings(enabled, pool, Duration.ofMillis(waitMs), true);
    }

    private static boolean bool(Map<String, String> env, String name, boolean fallback) {
        String value = env.get(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true", "1", "yes", "on" -> true;
            case "false", "0", "no", "off" -> false;
            default -> throw new IllegalArgumentException(name + " must be true or false, got '" + value.strip() + "'");
        };
    }

    private static int integer(Map<String, String> env, String name, int fallback) {
        String value = env.get(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number, got '" + value.strip() + "'");
        }
    }
}
