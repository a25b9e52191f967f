package de.sprechstunde.resilience;

import de.sprechstunde.core.message.VoiceClip;
import de.sprechstunde.core.port.AudioCache;
import de.sprechstunde.core.port.SpeakingRate;
import de.sprechstunde.resilience.Breaker;
import java.util.Optional;

/** A shared clip cache that degrades to misses and skipped writes while its store is unreachable. */
final class FallbackAudioCache implements AudioCache {

    private final AudioCache shared;
    private final Breaker breaker;

    FallbackAudioCache(AudioCache shared, Breaker breaker) {
        this.shared = shared;
        this.breaker = breaker;
    }

    @Override
    public Optional<VoiceClip> get(String voice, SpeakingRate rate, String text) {
        return breaker.call(() -> shared.get(voice, rate, text), Optional::empty);
    }

    @Override
    public void put(String voice, SpeakingRate rate, String text, VoiceClip clip) {
        breaker.run(() -> shared.put(voice, rate, text, clip), () -> { });
    }
}
