package de.sprechstunde.core.memory;

import com.github.benmanes.caffeine.cache.Cache;
import de.sprechstunde.core.message.VoiceClip;
import de.sprechstunde.core.port.AudioCache;
import de.sprechstunde.core.port.SpeakingRate;
import java.util.Optional;

/** Voice clips cached in this JVM, bounded in number (Caffeine's size eviction). */
public final class InMemoryAudioCache implements AudioCache {

    private final Cache<String, VoiceClip> clips;

    public InMemoryAudioCache(int maxClips) {
        this.clips = BoundedCaches.ofSize(maxClips);
    }

    @Override
    public Optional<VoiceClip> get(String voice, SpeakingRate rate, String text) {
        return Optional.ofNullable(clips.getIfPresent(key(voice, rate, text)));
    }

    @Override
    public void put(String voice, SpeakingRate rate, String text, VoiceClip clip) {
        clips.put(key(voice, rate, text), clip);
    }

    private static String key(String voice, SpeakingRate rate, String text) {
        return voice + '\u0000' + rate + '\u0000' + text;
    }
}
