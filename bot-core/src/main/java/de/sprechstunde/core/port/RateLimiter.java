package de.sprechstunde.core.port;

import de.sprechstunde.core.learner.LearnerId;

/**
 * Per-learner message budgets per minute.
 *
 * <p>Thread-safe and atomic: with a budget of N, exactly N of any number of concurrent calls in
 * one window are allowed, also across bot instances sharing a store. A store that cannot be
 * reached falls back to a local limit rather than refusing or allowing everything.
 */
public interface RateLimiter {

    /** Takes one unit of the learner's budget if there is one left. */
    RateDecision tryAcquire(LearnerId learner, RateBudget budget);
}
