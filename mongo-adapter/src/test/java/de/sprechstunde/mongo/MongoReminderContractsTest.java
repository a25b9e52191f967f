package de.sprechstunde.mongo;

import de.sprechstunde.core.port.ReminderStore;
import de.sprechstunde.core.testing.MutableClock;
import de.sprechstunde.core.testing.contract.ReminderStoreContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;

/** The reminder schedule contract against the MongoDB adapter, through the real driver, on the in-process server. */
class MongoReminderContractsTest {

    private static TestMongo mongo;

    @BeforeAll
    static void start() {
        mongo = new TestMongo(MutableClock.startingAt("2026-11-27T10:00:00Z"));
    }

    @AfterAll
    static void stop() {
        mongo.close();
    }

    @Nested
    class ReminderStoreTest extends ReminderStoreContract {
        @Override
        protected ReminderStore store() {
            return mongo.backend().reminders();
        }
    }
}
