package de.sprechstunde.telegram.api;

import java.time.Duration;

/** How long the send queue really waits out a retry's backoff; a seam so tests need not sit through it. */
@FunctionalInterface
public interface BackoffWait {

    Duration actual(Duration asked);

    /** Waits as long as asked. */
    BackoffWait REAL = asked -> asked;
}
