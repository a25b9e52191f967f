package de.sprechstunde.speech.espeak;

import de.sprechstunde.core.port.ComponentHealth;
import de.sprechstunde.core.port.HealthIndicator;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/** {@code /health}'s view of the fallback voice: espeak-ng still runs. */
public final class EspeakHealth implements HealthIndicator {

    private final EspeakVoice voice;
    private final Clock clock;

    public EspeakHealth(EspeakVoice voice, Clock clock) {
        this.voice = voice;
        this.clock = clock;
    }

    @Override
    public ComponentHealth check() {
        Instant start = clock.instant();
        try {
            String version = EspeakVoice.find(voice.settings()).version();
            return new ComponentHealth("espeak-ng", ComponentHealth.Status.UP, Duration.between(start, clock.instant()),
                    "fallback voice (no PIPER_HOST): " + version, Map.of("voice", voice.voiceName()));
        } catch (IOException e) {
            return ComponentHealth.down("espeak-ng", Duration.between(start, clock.instant()), "espeak-ng no longer runs: " + e.getMessage());
        }
    }
}
