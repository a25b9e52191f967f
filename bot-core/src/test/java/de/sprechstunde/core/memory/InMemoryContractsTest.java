package de.sprechstunde.core.memory;

import de.sprechstunde.core.learning.CardStore;
import de.sprechstunde.core.port.AudioCache;
import de.sprechstunde.core.port.ConversationStore;
import de.sprechstunde.core.port.DailyCounters;
import de.sprechstunde.core.port.LearnerStore;
import de.sprechstunde.core.port.MessageLedger;
import de.sprechstunde.core.port.ProgressStore;
import de.sprechstunde.core.port.RateBudget;
import de.sprechstunde.core.port.RateLimiter;
import de.sprechstunde.core.port.ReminderClaims;
import de.sprechstunde.core.port.ReminderStore;
import de.sprechstunde.core.port.ResponseCache;
import de.sprechstunde.core.testing.MutableClock;
import de.sprechstunde.core.testing.contract.AudioCacheContract;
import de.sprechstunde.core.testing.contract.CardStoreContract;
import de.sprechstunde.core.testing.contract.ConversationStoreContract;
import de.sprechstunde.core.testing.contract.DailyCountersContract;
import de.sprechstunde.core.testing.contract.LearnerStoreContract;
import de.sprechstunde.core.testing.contract.MessageLedgerContract;
import de.sprechstunde.core.testing.contract.ProgressStoreContract;
import de.sprechstunde.core.testing.contract.RateLimiterContract;
import de.sprechstunde.core.testing.contract.ReminderClaimsContract;
import de.sprechstunde.core.testing.contract.ReminderStoreContract;
import de.sprechstunde.core.testing.contract.ResponseCacheContract;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Nested;

/** The port contracts against the in-process implementations, with a clock moved by hand. */
class InMemoryContractsTest {

    private static final Duration A_MOMENT = Duration.ofMillis(1);

    @Nested
    class ResponseCacheTest extends ResponseCacheContract {
        private final MutableClock clock = new MutableClock(java.time.Instant.parse("2026-11-27T10:00:00Z"));
        private final ResponseCache cache = new InMemoryResponseCache(TTLS, 100, clock);

        @Override
        protected ResponseCache cache() {
            return cache;
        }

        @Override
        protected void letPass(Duration ttl) {
            clock.advance(ttl.plus(A_MOMENT));
        }
    }

    @Nested
    class AudioCacheTest extends AudioCacheContract {
        private final AudioCache cache = new InMemoryAudioCache(10);

        @Override
        protected AudioCache cache() {
            return cache;
        }
    }

    @Nested
    class RateLimiterTest extends RateLimiterContract {
        private final MutableClock clock = MutableClock.startingAt("2026-11-27T10:00:00Z");

        @Override
        protected RateLimiter limiter(Map<RateBudget, Integer> perWindow, Duration window) {
            return new InMemoryRateLimiter(perWindow, window, clock);
        }

        @Override
        protected void letPass(Duration window) {
            clock.advance(window.plus(A_MOMENT));
        }
    }

    @Nested
    class MessageLedgerTest extends MessageLedgerContract {
        private final MessageLedger ledger = new InMemoryMessageLedger(Duration.ofDays(2), 1000,
                MutableClock.startingAt("2026-11-27T10:00:00Z"));

        @Override
        protected MessageLedger ledger() {
            return ledger;
        }
    }

    @Nested
    class DailyCountersTest extends DailyCountersContract {
        private final DailyCounters counters = new InMemoryDailyCounters();

        @Override
        protected DailyCounters counters() {
            return counters;
        }
    }

    @Nested
    class LearnerStoreTest extends LearnerStoreContract {
        private final LearnerStore store = new InMemoryLearnerStore();

        @Override
        protected LearnerStore store() {
            return store;
        }
    }

    @Nested
    class ConversationStoreTest extends ConversationStoreContract {
        @Override
        protected ConversationStore store(int maxTurns) {
            return new InMemoryConversationStore(maxTurns);
        }
    }

    @Nested
    class ProgressStoreTest extends ProgressStoreContract {
        private final ProgressStore store = new InMemoryProgressStore(new MutableClock(NOW));

        @Override
        protected ProgressStore store() {
            return store;
        }
    }

    @Nested
    class CardStoreTest extends CardStoreContract {
        private final CardStore store = new InMemoryCardStore();

        @Override
        protected CardStore store() {
            return store;
        }
    }

    @Nested
    class ReminderStoreTest extends ReminderStoreContract {
        private final ReminderStore store = new InMemoryReminderStore();

        @Override
        protected ReminderStore store() {
            return store;
        }
    }

    @Nested
    class ReminderClaimsTest extends ReminderClaimsContract {
        // in one process both "instances" share the one map
        private final ReminderClaims claims = new InMemoryReminderClaims();

        @Override
        protected ReminderClaims claims() {
            return claims;
        }

        @Override
        protected ReminderClaims otherInstance() {
            return claims;
        }
    }
}
