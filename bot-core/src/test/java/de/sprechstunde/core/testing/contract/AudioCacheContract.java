package de.sprechstunde.core.testing.contract;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.sprechstunde.core.message.VoiceClip;
import de.sprechstunde.core.port.AudioCache;
import de.sprechstunde.core.port.SpeakingRate;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What every {@link AudioCache} does; one subclass per implementation. */
public abstract class AudioCacheContract {

    protected abstract AudioCache cache();

    private final String text = "Guten Morgen! " + UUID.randomUUID();
    private final VoiceClip clip = new VoiceClip(new byte[] {'O', 'g', 'g', 'S', 0, 1, 2, (byte) 255}, Duration.ofMillis(1530),
            new byte[] {0, 64, (byte) 200}, "Guten Morgen!");

    @Test
    public void aStoredClipComesBackWhole() {
        cache().put("de_DE-thorsten-high", SpeakingRate.NORMAL, text, clip);

        VoiceClip back = cache().get("de_DE-thorsten-high", SpeakingRate.NORMAL, text).orElseThrow();
        assertArrayEquals(clip.oggOpus(), back.oggOpus());
        assertArrayEquals(clip.waveform(), back.waveform());
        assertEquals(clip.duration(), back.duration());
        assertEquals(clip.caption(), back.caption());
    }

    @Test
    public void voiceAndRateArePartOfTheKey() {
        cache().put("de_DE-thorsten-high", SpeakingRate.NORMAL, text, clip);

        assertTrue(cache().get("de_DE-thorsten-high", SpeakingRate.SLOW, text).isEmpty());
        assertTrue(cache().get("de_DE-kerstin-low", SpeakingRate.NORMAL, text).isEmpty());
    }
}
