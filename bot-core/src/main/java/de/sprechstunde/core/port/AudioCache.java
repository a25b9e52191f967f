package de.sprechstunde.core.port;

import de.sprechstunde.core.message.VoiceClip;
import java.util.Optional;

/**
 * Synthesised voice clips, keyed by voice, speaking rate and text, so a phrase is spoken once.
 *
 * <p>Thread-safe; never fails the caller (an unreachable store is a miss).
 */
public interface AudioCache {

    Optional<VoiceClip> get(String voice, SpeakingRate rate, String text);

    void put(String voice, SpeakingRate rate, String text, VoiceClip clip);
}
