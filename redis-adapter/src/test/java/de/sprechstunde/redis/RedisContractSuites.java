package de.sprechstunde.redis;

import de.sprechstunde.core.learning.CardStore;
import de.sprechstunde.core.port.AudioCache;
import de.sprechstunde.core.port.DailyCounters;
import de.sprechstunde.core.port.MessageLedger;
import de.sprechstunde.core.port.RateBudget;
import de.sprechstunde.core.port.RateLimiter;
import de.sprechstunde.core.port.ResponseCache;
import de.sprechstunde.core.testing.contract.AudioCacheContract;
import de.sprechstunde.core.testing.contract.CardStoreContract;
import de.sprechstunde.core.testing.contract.DailyCountersContract;
import de.sprechstunde.core.testing.contract.MessageLedgerContract;
import de.sprechstunde.core.testing.contract.RateLimiterContract;
import de.sprechstunde.core.testing.contract.ResponseCacheContract;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Nested;

/** The port contracts against one Redis deployment; a subclass per deployment (one node, a cluster). */
abstract class RedisContractSuites {

    /** The backend every suite of the subclass shares, under the subclass's own key prefix. */
    protected abstract RedisBackend redis();

    /** Redis expires keys in real time: wait past the TTL, with a margin that only makes the test safer. */
    private static void sleepPast(Duration duration) throws InterruptedException {
        Thread.sleep(duration.plusMillis(300).toMillis());
    }

    @Nested
    class ResponseCacheTest extends ResponseCacheContract {
        @Override
        protected ResponseCache cache() {
            return redis().responseCache(TTLS);
        }

        @Override
        protected void letPass(Duration ttl) throws InterruptedException {
            sleepPast(ttl);
        }
    }

    @Nested
    class CardStoreTest extends CardStoreContract {
        @Override
        protected CardStore store() {
            return redis().cards();
        }
    }

    @Nested
    class AudioCacheTest extends AudioCacheContract {
        @Override
        protected AudioCache cache() {
            return redis().audioCache(Duration.ofMinutes(5));
        }
    }

    @Nested
    class RateLimiterTest extends RateLimiterContract {
        @Override
        protected RateLimiter limiter(Map<RateBudget, Integer> perWindow, Duration window) {
            return redis().rateLimiter(perWindow, window);
        }

        @Override
        protected void letPass(Duration window) throws InterruptedException {
            sleepPast(window);
        }
    }

    @Nested
    class MessageLedgerTest extends MessageLedgerContract {
        @Override
        protected MessageLedger ledger() {
            return redis().ledger("test-instance", Duration.ofMinutes(10));
        }
    }

    @Nested
    class DailyCountersTest extends DailyCountersContract {
        @Override
        protected DailyCounters counters() {
            return redis().dailyCounters();
        }
    }
}
