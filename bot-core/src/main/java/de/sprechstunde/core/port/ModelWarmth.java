package de.sprechstunde.core.port;

import java.time.Duration;
import java.util.Objects;

/**
 * Whether the language models are loaded and answer at full speed. The pipeline asks it before a
 * lesson turn and holds the turn while the models are still {@link Warming} (instead of answering
 * "offline"); {@code /ready} answers 200 only while it is {@link Warm}.
 *
 * <p>Implementations are thread-safe and never throw. {@link #ALWAYS_WARM} is the default when
 * no model backend reports its warm-up (tests, embedded chat models).
 */
public interface ModelWarmth {

    /** What the models are doing now; a closed set. */
    sealed interface State permits Warm, Warming, Cold {
    }

    /** Every configured model is loaded. */
    record Warm() implements State {
    }

    /**
     * Loading (or pulling) and expected to finish soon: a turn is worth holding.
     *
     * @param waitingFor short and operator-readable, e.g. {@code model mistral:7b loading}
     */
    record Warming(String waitingFor) implements State {
        public Warming {
            Objects.requireNonNull(waitingFor, "waitingFor");
        }
    }

    /**
     * Not loaded and not expected to be soon (unreachable, missing, failed, or loading for longer
     * than its bound): turns go ahead and get the honest "offline" reply.
     *
     * @param reason short and operator-readable, e.g. {@code Ollama at http://ollama:11434 unreachable}
     */
    record Cold(String reason) implements State {
        public Cold {
            Objects.requireNonNull(reason, "reason");
        }
    }

    State current();

    /**
     * Waits at most {@code max} while the state is {@link Warming}; returns the state then. An
     * interrupt ends the wait early (the flag is kept).
     */
    State awaitSettled(Duration max);

    /** Always {@link Warm}: nothing is ever held. */
    ModelWarmth ALWAYS_WARM = new ModelWarmth() {
        private final State warm = new Warm();

        @Override
        public State current() {
            return warm;
        }

        @Override
        public State awaitSettled(Duration max) {
            return warm;
        }
    };
}
