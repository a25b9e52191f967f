package de.sprechstunde.ollama;

import de.sprechstunde.ollama.fake.FakeOllamaServer;
import java.time.Duration;

/** Settings pointed at a fake Ollama, with pauses short enough for tests but generous timeouts. */
final class OllamaTesting {

    private OllamaTesting() {
    }

    static OllamaSettings settings(FakeOllamaServer ollama) {
        return OllamaSettings.defaults().toBuilder()
                .host(ollama.url())
                .requestTimeout(Duration.ofSeconds(30))
                .firstTokenTimeout(Duration.ofSeconds(20))
                .retryBackoff(Duration.ofMillis(20))
                .preloadTimeout(Duration.ofSeconds(20))
                .keepWarmInterval(Duration.ofMinutes(10))
                .checkTimeout(Duration.ofSeconds(5))
                .build();
    }
}
