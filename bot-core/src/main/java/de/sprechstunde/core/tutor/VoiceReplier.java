package de.sprechstunde.core.tutor;

import de.sprechstunde.core.message.Activity;
import de.sprechstunde.core.message.Reply;
import de.sprechstunde.core.message.ReplySink;
import de.sprechstunde.core.message.VoiceClip;
import de.sprechstunde.core.metrics.BotMetrics;
import de.sprechstunde.core.port.AudioCache;
import de.sprechstunde.core.port.AudioTranscoder;
import de.sprechstunde.core.port.SpeakingRate;
import de.sprechstunde.core.port.SpeechException;
import de.sprechstunde.core.port.TextToSpeech;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Speaks answers as voice messages: sentence groups one after another, each sent as soon as it is
 * ready, each cached by voice, rate and text. Without a voice configured it does nothing.
 */
public final class VoiceReplier {

    private static final Logger log = LoggerFactory.getLogger(VoiceReplier.class);
    private static final int CHUNK_CHARS = 240;

    private final Optional<TextToSpeech> voice;
    private final AudioTranscoder transcoder;
    private final AudioCache cache;
    private final BotMetrics metrics;

    public VoiceReplier(Optional<TextToSpeech> voice, AudioTranscoder transcoder, AudioCache cache, BotMetrics metrics) {
        this.voice = voice;
        this.transcoder = transcoder;
        this.cache = cache;
        this.metrics = metrics;
    }

    public boolean available() {
        return voice.isPresent();
    }

    /**
     * Speaks {@code text} into the chat.
     *
     * @return true when every part was sent
     */
    public boolean speak(String text, SpeakingRate rate, ReplySink sink, TutorTexts texts) {
        if (voice.isEmpty() || !SpokenText.speakable(text)) {
            return false;
        }
        List<String> chunks = SpokenText.chunks(text, CHUNK_CHARS);
        for (String chunk : chunks) {
            sink.working(Activity.RECORDING_VOICE);
            Optional<VoiceClip> clip = clipFor(chunk, rate);
            if (clip.isEmpty()) {
                sink.send(Reply.Text.of(texts.voiceReplyFailed()));
                return false;
            }
            sink.send(new Reply.Voice(clip.get()));
        }
        return true;
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
            metrics.error("tts", e.kind().name().toLowerCase(java.util.Locale.ROOT));
            return Optional.empty();
        }
    }
}
