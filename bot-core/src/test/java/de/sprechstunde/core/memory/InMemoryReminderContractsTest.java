package de.sprechstunde.core.memory;

import de.sprechstunde.core.port.ReminderClaims;
import de.sprechstunde.core.port.ReminderStore;
import de.sprechstunde.core.testing.contract.ReminderClaimsContract;
import de.sprechstunde.core.testing.contract.ReminderStoreContract;
import org.junit.jupiter.api.Nested;

/** The reminder contracts against the in-process implementations. */
class InMemoryReminderContractsTest {

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
