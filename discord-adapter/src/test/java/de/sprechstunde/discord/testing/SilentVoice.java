package de.sprechstunde.discord.testing;

import de.sprechstunde.core.port.PcmAudio;
import de.sprechstunde.core.port.SpeakingRate;
import de.sprechstunde.core.port.TextToSpeech;

/** A voice that "speaks" half a second of silence; the clip itself comes from {@link PassThroughTranscoder}. */
public final class SilentVoice implements TextToSpeech {

    @Override
    public PcmAudio synthesize(String text, SpeakingRate rate) {
        return new PcmAudio(new byte[16_000], 16_000, 1);
    }

    @Override
    public String voiceName() {
        return "test-silence";
    }
}
