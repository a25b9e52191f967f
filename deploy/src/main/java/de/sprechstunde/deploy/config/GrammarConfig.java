package de.sprechstunde.deploy.config;

import de.sprechstunde.grammar.GrammarSettings;

/** Reads ENABLE_GRAMMAR_CHECK and GRAMMAR_* (docs/grammar.md). */
final class GrammarConfig {

    private GrammarConfig() {
    }

    static GrammarSettings read(Env env) {
        return Validated.settings(() -> GrammarSettings.fromEnvironment(env.values()));
    }
}
