package de.sprechstunde.core.tutor;

import de.sprechstunde.core.message.ReplySink;
import de.sprechstunde.core.message.VoiceClip;
import de.sprechstunde.core.metrics.BotMetrics;
import de.sprechstunde.core.port.AudioCache;
import de.sprechstunde.core.port.AudioTranscoder;
import de.sprechstunde.core.port.SpeakingRate;
import de.sprechstunde.core.port.SpeechException;
import de.sprechstunde.core.port.TextToSpeech;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Speaks answers as voice messages: sentence by sentence while the model still writes them
 * ({@link #follow}), the audio of an answer joined into one voice message (a further one for each
 * {@value #CLIP_CHARS} characters of a long answer), each cached by voice, rate and text. Without
 * a voice configured it does nothing.
 */
public final class VoiceReplier {

    private static final Logger log = LoggerFactory.getLogger(VoiceReplier.class);
    /** About half a minute of speech: one voice message for a usual answer, two for a long one. */
    static final int CLIP_CHARS = 500;

    private final Optional<TextToSpeech> voice;
    private final AudioTranscoder transcoder;
    private final AudioCache cache;
    private final BotMetrics metrics;
    private final Executor pool;

    /** @param pool where syntheses run; bounded by the caller, it bounds the voice work of all turns together */
    public VoiceReplier(Optional<TextToSpeech> voice, AudioTranscoder transcoder, AudioCache cache, BotMetrics metrics, Executor pool) {
        this.voice = voice;
        this.transcoder = transcoder;
        this.cache = cache;
        this.metrics = metrics;
        this.pool = pool;
    }

    public boolean available() {
        return voice.isPresent();
    }

    /**
     * Starts speaking an answer that is still being written: pass it the model's tokens, then
     * {@link SpokenAnswer#deliver} the final answer (or {@link SpokenAnswer#cancel} it). Empty
     * without a voice.
     */
    public Optional<SpokenAnswer> follow(SpeakingRate rate) {
        return voice.map(tts -> new SpokenAnswer(tts, transcoder, cache, metrics, pool, rate, CLIP_CHARS));
    }

    /**
     * Speaks a complete {@code text} into the chat.
     *
     * @return true when every part was sent
     */
    public boolean speak(String text, SpeakingRate rate, ReplySink sink, TutorTexts texts) {
        return follow(rate).map(spoken -> spoken.deliver(text, sink, texts)).orElse(false);
    }

    /** The voice clip for one piece of text, from the cache or freshly synthesised; empty on failure. */
    public Optional<VoiceClip> clipFor(String text, SpeakingRate rate) {
        if (voice.isEmpty()) {
            return Optional.empty();
        }
        TextToSpeech tts = voice.get();
        String spoken = SpokenText.clean(text);
        Optional<VoiceClip> cached = cache.get(tts.voiceName(), rate, spoken);
        metrics.cache("audio", cached.isPresent());
        if (cached.isPresent()) {
            return cached;
        }
        try {
            VoiceClip clip = transcoder.toVoiceClip(tts.synthesize(spoken, rate));
            cache.put(tts.voiceName(), rate, spoken, clip);
            return Optional.of(clip);
        } catch (SpeechException e) {
            log.warn("voice reply failed: {} ({})", e.kind(), e.getMessage());
            metrics.error("tts", e.kind().name().toLowerCase(Locale.ROOT));
            return Optional.empty();
        }
    }
}
