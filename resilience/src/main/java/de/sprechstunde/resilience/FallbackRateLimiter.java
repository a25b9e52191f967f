package de.sprechstunde.resilience;

import de.sprechstunde.core.learner.LearnerId;
import de.sprechstunde.core.port.RateBudget;
import de.sprechstunde.core.port.RateDecision;
import de.sprechstunde.core.port.RateLimiter;
import de.sprechstunde.resilience.Breaker;

/**
 * The shared limiter, or this instance's own while the shared store is unreachable: learners keep
 * a limit (per instance) instead of being refused or let through without one.
 */
final class FallbackRateLimiter implements RateLimiter {

    private final RateLimiter shared;
    private final RateLimiter local;
    private final Breaker breaker;

    FallbackRateLimiter(RateLimiter shared, RateLimiter local, Breaker breaker) {
        this.shared = shared;
        this.local = local;
        this.breaker = breaker;
    }

    @Override
    public RateDecision tryAcquire(LearnerId learner, RateBudget budget) {
        return breaker.call(() -> shared.tryAcquire(learner, budget), () -> local.tryAcquire(learner, budget));
    }
}
