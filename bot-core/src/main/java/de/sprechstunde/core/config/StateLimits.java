package de.sprechstunde.core.config;

import de.sprechstunde.core.port.CacheKind;
import de.sprechstunde.core.port.RateBudget;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * How long and how much the bot's state keeps: cache lifetimes and sizes, rate limits and how long
 * message ids are remembered. The in-process defaults and the shared backends use the same values.
 *
 * @param cacheTtls       {@code CACHE_TTL_CONVERSATION}, {@code CACHE_TTL_GRAMMAR}, {@code CACHE_TTL_SCENARIO}
 * @param cacheEntries    most answers kept by the in-process cache
 * @param audioClips      most voice clips kept by the in-process audio cache
 * @param perMinute       {@code RATE_LIMIT_PER_MINUTE}, {@code RATE_LIMIT_VOICE_PER_MINUTE}
 * @param ledgerRetention how long message ids are remembered: longer than any platform redelivers an update
 * @param ledgerEntries   most message ids the in-process ledger keeps
 */
public record StateLimits(Map<CacheKind, Duration> cacheTtls, int cacheEntries, int audioClips,
                          Map<RateBudget, Integer> perMinute, Duration ledgerRetention, int ledgerEntries) {

    public StateLimits {
        cacheTtls = Map.copyOf(cacheTtls);
        perMinute = Map.copyOf(perMinute);
        Objects.requireNonNull(ledgerRetention, "ledgerRetention");
        for (CacheKind kind : CacheKind.values()) {
            Duration ttl = cacheTtls.get(kind);
            if (ttl == null || ttl.isNegative() || ttl.isZero()) {
                throw new IllegalArgumentException("cache TTL for " + kind + " must be positive");
            }
        }
        for (RateBudget budget : RateBudget.values()) {
            if (perMinute.getOrDefault(budget, 0) <= 0) {
                throw new IllegalArgumentException("rate limit for " + budget + " must be positive");
            }
        }
        if (cacheEntries <= 0 || audioClips <= 0 || ledgerEntries <= 0) {
            throw new IllegalArgumentException("cacheEntries, audioClips and ledgerEntries must be positive");
        }
    }

    /** The configuration contract's defaults: answers cached 1 h / 1 d / 2 h, 30 texts and 6 voice notes a minute. */
    public static StateLimits defaults() {
        return new StateLimits(Map.of(CacheKind.CONVERSATION, Duration.ofHours(1), CacheKind.GRAMMAR, Duration.ofDays(1),
                CacheKind.SCENARIO, Duration.ofHours(2)), 10_000, 500,
                Map.of(RateBudget.TEXT, 30, RateBudget.VOICE, 6), Duration.ofDays(2), 100_000);
    }
}
