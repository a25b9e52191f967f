package de.sprechstunde.redis;

import de.sprechstunde.core.message.VoiceClip;
import de.sprechstunde.core.port.AudioCache;
import de.sprechstunde.core.port.SpeakingRate;
import de.sprechstunde.core.storage.VoiceClipCodec;
import de.sprechstunde.core.text.Digests;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Synthesised clips in Redis, keyed by a hash of voice, rate and text, each kept for the audio
 * TTL. Clips above a size bound are not cached, so a long answer cannot crowd out the rest.
 */
final class RedisAudioCache implements AudioCache {

    private static final Logger log = LoggerFactory.getLogger(RedisAudioCache.class);
    static final int MAX_CLIP_BYTES = 2 * 1024 * 1024;

    private final RedisConnections redis;
    private final RedisKeys keys;
    private final Duration ttl;

    RedisAudioCache(RedisConnections redis, RedisKeys keys, Duration ttl) {
        this.redis = redis;
        this.keys = keys;
        this.ttl = ttl;
    }

    @Override
    public Optional<VoiceClip> get(String voice, SpeakingRate rate, String text) {
        byte[] stored = redis.commands().get(key(voice, rate, text));
        if (stored == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(VoiceClipCodec.decode(stored));
        } catch (IllegalArgumentException e) {
            log.warn("ignoring an unreadable cached voice clip: {}", e.getMessage());
            return Optional.empty();
        }
    }

    @Override
    public void put(String voice, SpeakingRate rate, String text, VoiceClip clip) {
        if (clip.oggOpus().length > MAX_CLIP_BYTES) {
            return;
        }
        redis.commands().setex(key(voice, rate, text), ttl.toSeconds(), VoiceClipCodec.encode(clip));
    }

    private String key(String voice, SpeakingRate rate, String text) {
        return keys.audio(Digests.sha256(voice + '\u0000' + rate + '\u0000' + text));
    }
}
