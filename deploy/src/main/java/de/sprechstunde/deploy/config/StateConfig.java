package de.sprechstunde.deploy.config;

import de.sprechstunde.deploy.state.StateEnvironment;
import de.sprechstunde.deploy.state.StateSettings;

/** Reads Redis, MongoDB, cache, rate-limit and data-directory settings (docs/state.md). */
final class StateConfig {

    private StateConfig() {
    }

    static StateSettings read(Env env) {
        return Validated.settings(() -> StateEnvironment.read(env.values()));
    }
}
