package de.sprechstunde.core.testing;

import de.sprechstunde.core.port.ModelWarmth;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * A {@link ModelWarmth} that a test switches: it starts {@link ModelWarmth.Warming} and turns warm
 * or cold when told, waking every waiter. Thread-safe.
 */
public final class ScriptedModelWarmth implements ModelWarmth {

    private State state = new Warming("model test:1b loading");

    public synchronized ScriptedModelWarmth warm() {
        return set(new Warm());
    }

    public synchronized ScriptedModelWarmth cold(String reason) {
        return set(new Cold(reason));
    }

    private ScriptedModelWarmth set(State next) {
        state = next;
        notifyAll();
        return this;
    }

    @Override
    public synchronized State current() {
        return state;
    }

    @Override
    public synchronized State awaitSettled(Duration max) {
        long deadline = System.nanoTime() + max.toNanos();
        try {
            while (state instanceof Warming) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    break;
                }
                TimeUnit.NANOSECONDS.timedWait(this, left);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return state;
    }
}
