package de.sprechstunde.ollama;

import static de.sprechstunde.ollama.fake.FakeOllamaServer.MAIN_MODEL;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.sprechstunde.core.port.ModelWarmth;
import de.sprechstunde.ollama.fake.FakeOllamaServer;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class OllamaWarmthTest {

    private final FakeOllamaServer ollama = FakeOllamaServer.start();
    private OllamaWarmup warmup;

    @AfterEach
    void stop() {
        if (warmup != null) {
            warmup.close();
        }
        ollama.close();
    }

    private ModelWarmth start(OllamaSettings settings) {
        warmup = new OllamaWarmup(settings, new PreloadGate(), Clock.systemUTC());
        warmup.start();
        return warmup.warmth();
    }

    @Test
    void theModelsAreWarmingWhileTheirPreloadRunsAndWarmOnceItIsAnswered() {
        ollama.slowLoad(Duration.ofMillis(1500));
        ModelWarmth warmth = start(OllamaTesting.settings(ollama));

        ModelWarmth.State during = warmth.awaitSettled(Duration.ofMillis(300));
        ModelWarmth.Warming warming = assertInstanceOf(ModelWarmth.Warming.class, during);
        assertTrue(warming.waitingFor().contains("model " + MAIN_MODEL + " loading"), warming.waitingFor());

        assertInstanceOf(ModelWarmth.Warm.class, warmth.awaitSettled(Duration.ofSeconds(20)));
        assertTrue(ollama.loadedModels().contains(MAIN_MODEL));
    }

    @Test
    void anUnreachableOllamaIsColdWithItsAddressSoNothingIsHeld() {
        ollama.refuseConnections();
        ModelWarmth warmth = start(OllamaTesting.settings(ollama));

        ModelWarmth.State state = warmth.awaitSettled(Duration.ofSeconds(20));

        ModelWarmth.Cold cold = assertInstanceOf(ModelWarmth.Cold.class, state);
        assertTrue(cold.reason().startsWith("Ollama at " + ollama.url() + " unreachable"), cold.reason());
    }

    @Test
    void aLoadThatOutlastsThePreloadTimeoutTurnsCold() {
        ollama.slowLoad(Duration.ofSeconds(30));
        ModelWarmth warmth = start(OllamaTesting.settings(ollama).toBuilder().preloadTimeout(Duration.ofSeconds(1)).build());

        ModelWarmth.State state = warmth.awaitSettled(Duration.ofSeconds(20));

        ModelWarmth.Cold cold = assertInstanceOf(ModelWarmth.Cold.class, state);
        assertTrue(cold.reason().contains("model " + MAIN_MODEL), cold.reason());
        // and it stays cold when the preload then gives up ("failed to load")
        assertInstanceOf(ModelWarmth.Cold.class, warmth.awaitSettled(Duration.ofSeconds(3)));
    }
}
