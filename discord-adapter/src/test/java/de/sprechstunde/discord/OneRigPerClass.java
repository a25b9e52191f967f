package de.sprechstunde.discord;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

/**
 * Tests that share one tutor on JDA against one fake Discord: a login per class, not per test,
 * which keeps the suite light on a small machine. Tests keep apart by using fresh channel and
 * user ids.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class OneRigPerClass {

    protected DiscordRig rig;

    /** The rig for this class; override to wire other ports. */
    protected DiscordRig startRig() {
        return DiscordRig.start();
    }

    @BeforeAll
    final void startOnce() {
        rig = startRig();
    }

    @AfterAll
    final void stopOnce() {
        rig.close();
    }
}
