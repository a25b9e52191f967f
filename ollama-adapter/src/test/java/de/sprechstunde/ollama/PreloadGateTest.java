package de.sprechstunde.ollama;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class PreloadGateTest {

    private final PreloadGate gate = new PreloadGate();

    @Test
    void aGateThatWasNeverArmedHoldsNoOne() {
        assertFalse(gate.holds());
        assertTrue(gate.await(Duration.ZERO));
    }

    @Test
    void questionsWaitUntilEveryArmedModelsPreloadIsAnswered() {
        gate.arm("mistral:7b");
        gate.arm("llama3.2:3b");

        gate.open("Mistral:7B");
        assertTrue(gate.holds(), "the fast model is still loading");
        assertFalse(gate.await(Duration.ofMillis(50)), "the wait is bounded");

        gate.open("LLAMA3.2:3b");
        assertFalse(gate.holds());
        assertTrue(gate.await(Duration.ZERO));
    }

    @Test
    void openAllReleasesEveryone() {
        gate.arm("mistral:7b");
        gate.arm("llama3.2:3b");

        gate.openAll();

        assertTrue(gate.await(Duration.ZERO));
    }

    @Test
    void armingAgainAfterTheStartDoesNotHoldAnyoneAgain() {
        gate.arm("mistral:7b");
        gate.open("mistral:7b");

        gate.arm("mistral:7b");

        assertFalse(gate.holds());
    }
}
