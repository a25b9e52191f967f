package de.sprechstunde.deploy.config;

import static de.sprechstunde.deploy.config.Variables.*;

import de.sprechstunde.grammar.GrammarSettings;

/** Reads ENABLE_GRAMMAR_CHECK and GRAMMAR_* (docs/grammar.md). */
final class GrammarConfig {

    private GrammarConfig() {
    }

    static GrammarSettings read(Env env) {
        GrammarSettings defaults = GrammarSettings.defaults();
        return new GrammarSettings(
                env.bool(ENABLE_GRAMMAR_CHECK, defaults.enabled()),
                env.integer(GRAMMAR_POOL_SIZE, defaults.poolSize(), 1, GrammarSettings.MAX_POOL_SIZE),
                env.millis(GRAMMAR_WAIT_MS, defaults.waitForFree(), 1, Integer.MAX_VALUE),
                defaults.learnerRules());
    }
}
