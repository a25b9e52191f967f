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
import de.sprechstunde.core.port.TokenListener;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The spoken form of one answer, made while the model still writes it: each sentence is
 * synthesised as soon as the model has finished it ({@link SentenceAudio}, at most two at once),
 * its audio going straight into the encoder of its voice message, so the voice reply is ready
 * shortly after the last token. Nothing is sent before {@link #deliver} has checked the audio
 * against the final answer. Called from the turn's worker.
 */
public final class SpokenAnswer implements TokenListener {

    private static final Logger log = LoggerFactory.getLogger(SpokenAnswer.class);

    private final TextToSpeech tts;
    private final AudioTranscoder transcoder;
    private final AudioCache cache;
    private final BotMetrics metrics;
    private final Executor pool;
    private final SpeakingRate rate;
    private final int clipChars;
    private final SentenceAudio audio;

    SpokenAnswer(TextToSpeech tts, AudioTranscoder transcoder, AudioCache cache, BotMetrics metrics, Executor pool,
                 SpeakingRate rate, int clipChars) {
        this.tts = tts;
        this.transcoder = transcoder;
        this.cache = cache;
        this.metrics = metrics;
        this.pool = pool;
        this.rate = rate;
        this.clipChars = clipChars;
        this.audio = new SentenceAudio(tts, transcoder, pool, rate);
    }

    /** Follows the model's stream: starts each sentence the moment the next one begins. */
    @Override
    public void onToken(String token, String textSoFar) {
        if (token.chars().noneMatch(Character::isWhitespace)) {
            // a sentence ends only when white space follows it
            return;
        }
        startUpTo(SpokenText.finishedSentences(textSoFar), List.of());
    }

    /** Speaks the turn's answer when there is one and the learner wants it spoken, else drops what was started. */
    static void deliverOrCancel(Optional<SpokenAnswer> spoken, Optional<String> answer, TurnContext turn) {
        spoken.ifPresent(voice -> answer.ifPresentOrElse(text -> voice.deliver(text, turn.sink(), turn.texts()), voice::cancel));
    }

    /** The answer failed or will not be spoken: whatever was started is dropped. */
    public void cancel() {
        audio.drop();
    }

    /**
     * Speaks the final answer into the chat: one voice message, or a further one per
     * {@code clipChars} of a long answer, each from the audio cache when it has it. Audio made
     * from a streamed text that the final answer does not match is dropped and made afresh.
     *
     * @return true when every voice message was sent; after a failure the learner got the honest note
     */
    public boolean deliver(String answer, ReplySink sink, TutorTexts texts) {
        if (!SpokenText.speakable(answer)) {
            cancel();
            return false;
        }
        List<String> wanted = SpokenText.sentences(answer);
        List<String> streamed = audio.texts();
        if (streamed.size() > wanted.size() || !streamed.equals(wanted.subList(0, streamed.size()))) {
            // e.g. the final text replaced a leaked one: none of the streamed audio may be heard
            cancel();
            return new SpokenAnswer(tts, transcoder, cache, metrics, pool, rate, clipChars).deliver(answer, sink, texts);
        }
        sink.working(Activity.RECORDING_VOICE);
        List<Integer> clipOf = SpokenText.clips(wanted, clipChars);
        int clipCount = clipOf.get(clipOf.size() - 1) + 1;
        List<Optional<VoiceClip>> cached = new ArrayList<>();
        for (int clip = 0; clip < clipCount; clip++) {
            cached.add(audio.startedIn(clip) ? Optional.empty() : cached(clipText(wanted, clipOf, clip)));
        }
        startUpTo(wanted, cached);
        try {
            for (int clip = 0; clip < clipCount; clip++) {
                Optional<VoiceClip> ready = cached.get(clip).isPresent() ? cached.get(clip) : encoded(clip, clipText(wanted, clipOf, clip));
                if (ready.isEmpty()) {
                    sink.send(Reply.Text.of(texts.voiceReplyFailed()));
                    return false;
                }
                sink.send(new Reply.Voice(ready.get()));
            }
            return true;
        } finally {
            cancel();
        }
    }

    /** Starts every sentence of {@code known} not started yet; one whose message comes from the cache is skipped. */
    private void startUpTo(List<String> known, List<Optional<VoiceClip>> cached) {
        List<Integer> clipOf = SpokenText.clips(known, clipChars);
        for (int i = audio.started(); i < known.size(); i++) {
            int clip = clipOf.get(i);
            audio.start(known.get(i), clip, clip < cached.size() && cached.get(clip).isPresent());
        }
    }

    /** The voice message made of its sentences' audio, then cached; empty (logged, counted) on failure. */
    private Optional<VoiceClip> encoded(int clip, String text) {
        try {
            VoiceClip made = audio.clip(clip);
            cache.put(tts.voiceName(), rate, text, made);
            return Optional.of(made);
        } catch (SpeechException e) {
            log.warn("voice reply failed: {} ({})", e.kind(), e.getMessage());
            metrics.error("tts", e.kind().name().toLowerCase(Locale.ROOT));
            return Optional.empty();
        }
    }

    private Optional<VoiceClip> cached(String text) {
        Optional<VoiceClip> clip = cache.get(tts.voiceName(), rate, text);
        metrics.cache("audio", clip.isPresent());
        return clip;
    }

    private static String clipText(List<String> sentences, List<Integer> clipOf, int clip) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            if (clipOf.get(i) == clip) {
                parts.add(sentences.get(i));
            }
        }
        return String.join(" ", parts);
    }
}
