package de.sprechstunde.speech.wyoming;

import com.fasterxml.jackson.databind.JsonNode;
import de.sprechstunde.core.port.ComponentHealth;
import de.sprechstunde.core.port.HealthIndicator;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/** {@code /health}'s view of Piper: a Wyoming {@code describe} and whether the configured voice is listed. */
public final class PiperHealth implements HealthIndicator {

    private final PiperVoice piper;
    private final Clock clock;

    public PiperHealth(PiperVoice piper, Clock clock) {
        this.piper = piper;
        this.clock = clock;
    }

    @Override
    public ComponentHealth check() {
        Instant start = clock.instant();
        String voice = piper.settings().voice();
        String address = piper.settings().host() + ":" + piper.settings().port();
        try {
            WyomingEvent info = piper.describe();
            Duration latency = Duration.between(start, clock.instant());
            Map<String, String> details = Map.of("voice", voice, "address", address);
            if (!info.is("info")) {
                return new ComponentHealth("piper", ComponentHealth.Status.DOWN, latency, "answered " + info.type() + " to describe", details);
            }
            for (JsonNode program : info.data().path("tts")) {
                for (JsonNode listed : program.path("voices")) {
                    if (voice.equals(listed.path("name").asText())) {
                        String state = listed.path("installed").asBoolean(false) ? "installed" : "downloaded on first use";
                        return new ComponentHealth("piper", ComponentHealth.Status.UP, latency, voice + " (" + state + ")", details);
                    }
                }
            }
            return new ComponentHealth("piper", ComponentHealth.Status.DEGRADED, latency,
                    "the server does not list voice " + voice + " (check PIPER_VOICE)", details);
        } catch (IOException e) {
            return ComponentHealth.down("piper", Duration.between(start, clock.instant()), address + " unreachable: " + e.getClass().getSimpleName());
        }
    }
}
