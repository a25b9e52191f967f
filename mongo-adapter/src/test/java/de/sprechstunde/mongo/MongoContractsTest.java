package de.sprechstunde.mongo;

import de.sprechstunde.core.learning.CardStore;
import de.sprechstunde.core.port.ConversationStore;
import de.sprechstunde.core.port.LearnerStore;
import de.sprechstunde.core.port.MessageLedger;
import de.sprechstunde.core.port.ProgressStore;
import de.sprechstunde.core.port.ReminderStore;
import de.sprechstunde.core.testing.MutableClock;
import de.sprechstunde.core.testing.contract.CardStoreContract;
import de.sprechstunde.core.testing.contract.ConversationStoreContract;
import de.sprechstunde.core.testing.contract.LearnerStoreContract;
import de.sprechstunde.core.testing.contract.MessageLedgerContract;
import de.sprechstunde.core.testing.contract.ProgressStoreContract;
import de.sprechstunde.core.testing.contract.ReminderStoreContract;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;

/** The port contracts against the MongoDB adapters, through the real driver, on the in-process server. */
class MongoContractsTest {

    private static final MutableClock CLOCK = new MutableClock(ProgressStoreContract.NOW);
    private static TestMongo mongo;

    @BeforeAll
    static void start() {
        mongo = new TestMongo(CLOCK);
    }

    @AfterAll
    static void stop() {
        mongo.close();
    }

    @Nested
    class LearnerStoreTest extends LearnerStoreContract {
        @Override
        protected LearnerStore store() {
            return mongo.backend().learners();
        }
    }

    @Nested
    class ConversationStoreTest extends ConversationStoreContract {
        @Override
        protected ConversationStore store(int maxTurns) {
            return new MongoConversationStore(mongo.backend().database().getCollection(Collections.TURNS, Document.class), maxTurns);
        }
    }

    @Nested
    class CardStoreTest extends CardStoreContract {
        @Override
        protected CardStore store() {
            return mongo.backend().cards();
        }
    }

    @Nested
    class ProgressStoreTest extends ProgressStoreContract {
        @Override
        protected ProgressStore store() {
            return mongo.backend().progress();
        }
    }

    @Nested
    class MessageLedgerTest extends MessageLedgerContract {
        @Override
        protected MessageLedger ledger() {
            return mongo.backend().ledger("test-instance");
        }
    }

    @Nested
    class ReminderStoreTest extends ReminderStoreContract {
        @Override
        protected ReminderStore store() {
            return mongo.backend().reminders();
        }
    }
}
