package de.sprechstunde.core.tutor;

import de.sprechstunde.core.message.Activity;
import de.sprechstunde.core.message.Reply;
import de.sprechstunde.core.message.ReplySink;
import de.sprechstunde.core.message.VoiceClip;
import de.sprechstunde.core.metrics.BotMetrics;
import de.sprechstunde.core.port.AudioCache;
import de.sprechstunde.core.port.AudioTranscoder;
import de.sprechstunde.core.port.PcmAudio;
import de.sprechstunde.core.port.SpeakingRate;
import de.sprechstunde.core.port.SpeechException;
import de.sprechstunde.core.port.TextToSpeech;
import de.sprechstunde.core.port.TokenListener;
import de.sprechstunde.core.port.VoiceClipEncoder;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The spoken form of one answer, made while the model still writes it: each sentence is
 * synthesised as soon as the model has finished it, and its audio goes straight into the encoder
 * of its voice message, so the voice reply is ready shortly after the last token. At most
 * {@link #LANES} syntheses of one answer run at once (each sentence waits for the one two before
 * it). Nothing is sent before {@link #deliver} has checked the audio against the final answer.
 *
 * <p>{@link #onToken} and {@link #deliver} are called from the turn's worker; syntheses run on the
 * voice pool and hand their audio on in sentence order under this object's lock (the list of
 * sentences has its own, so the model's stream never waits for an encoder).
 */
public final class SpokenAnswer implements TokenListener {

    private static final Logger log = LoggerFactory.getLogger(SpokenAnswer.class);
    /** Syntheses of one answer at once: enough to keep up with the model, few enough to share the voice. */
    static final int LANES = 2;

    private record Sentence(String text, int clip, CompletableFuture<?> audio) {
    }

    private final TextToSpeech tts;
    private final AudioTranscoder transcoder;
    private final AudioCache cache;
    private final BotMetrics metrics;
    private final Executor pool;
    private final SpeakingRate rate;
    private final int clipChars;
    /** Added to by the worker only; guarded by itself. */
    private final List<Sentence> sentences = new ArrayList<>();
    private final List<VoiceClipEncoder> encoders = new ArrayList<>();
    /** Sentences whose audio is in its encoder; guarded by this. */
    private int fed;
    /** The first failure of a synthesis or an encoder; guarded by this. */
    private SpeechException failure;
    private volatile boolean cancelled;

    SpokenAnswer(TextToSpeech tts, AudioTranscoder transcoder, AudioCache cache, BotMetrics metrics, Executor pool,
                 SpeakingRate rate, int clipChars) {
        this.tts = tts;
        this.transcoder = transcoder;
        this.cache = cache;
        this.metrics = metrics;
        this.pool = pool;
        this.rate = rate;
        this.clipChars = clipChars;
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
        cancelled = true;
        synchronized (this) {
            encoders.forEach(VoiceClipEncoder::close);
        }
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
        if (!streamedMatches(wanted)) {
            // e.g. the final text replaced a leaked one: none of the streamed audio may be heard
            cancel();
            return new SpokenAnswer(tts, transcoder, cache, metrics, pool, rate, clipChars).deliver(answer, sink, texts);
        }
        sink.working(Activity.RECORDING_VOICE);
        List<Integer> clipOf = SpokenText.clips(wanted, clipChars);
        int clipCount = clipOf.get(clipOf.size() - 1) + 1;
        List<Optional<VoiceClip>> cached = new ArrayList<>();
        for (int clip = 0; clip < clipCount; clip++) {
            cached.add(startedIn(clip) ? Optional.empty() : cached(clipText(wanted, clipOf, clip)));
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

    private boolean streamedMatches(List<String> wanted) {
        List<String> streamed = snapshot().stream().map(Sentence::text).toList();
        return streamed.size() <= wanted.size() && streamed.equals(wanted.subList(0, streamed.size()));
    }

    private boolean startedIn(int clip) {
        return snapshot().stream().anyMatch(s -> s.clip() == clip);
    }

    private List<Sentence> snapshot() {
        synchronized (sentences) {
            return List.copyOf(sentences);
        }
    }

    /** Starts every sentence of {@code known} not started yet, unless its message comes from the cache. */
    private void startUpTo(List<String> known, List<Optional<VoiceClip>> cached) {
        if (cancelled) {
            return;
        }
        List<Integer> clipOf = SpokenText.clips(known, clipChars);
        for (int i = sentences.size(); i < known.size(); i++) {
            int clip = clipOf.get(i);
            boolean fromCache = clip < cached.size() && cached.get(clip).isPresent();
            start(known.get(i), clip, fromCache);
        }
    }

    private void start(String text, int clip, boolean fromCache) {
        CompletableFuture<?> audio;
        synchronized (sentences) {
            int index = sentences.size();
            CompletableFuture<?> lane = index >= LANES ? sentences.get(index - LANES).audio() : CompletableFuture.completedFuture(null);
            audio = fromCache ? CompletableFuture.completedFuture(null)
                    : lane.handle((done, error) -> null).thenApplyAsync(ignored -> synthesize(text), pool);
            sentences.add(new Sentence(text, clip, audio));
        }
        audio.whenComplete((done, error) -> feed());
    }

    private PcmAudio synthesize(String text) {
        if (cancelled) {
            throw new CancellationException("the answer is not spoken");
        }
        try {
            return tts.synthesize(text, rate);
        } catch (SpeechException e) {
            throw new CompletionException(e);
        }
    }

    /** Hands finished audio to its message's encoder, in sentence order. */
    private synchronized void feed() {
        while (!cancelled && failure == null) {
            List<Sentence> known = snapshot();
            if (fed >= known.size() || !known.get(fed).audio().isDone()) {
                return;
            }
            Sentence sentence = known.get(fed);
            try {
                Object audio = sentence.audio().join();
                if (audio instanceof PcmAudio pcm) {
                    encoder(sentence.clip()).append(pcm);
                }
                fed++;
            } catch (CompletionException e) {
                failure = e.getCause() instanceof SpeechException speech ? speech
                        : new SpeechException(SpeechException.Kind.UNAVAILABLE, "synthesis failed: " + e.getCause(), e.getCause());
            } catch (CancellationException e) {
                return;
            } catch (SpeechException e) {
                failure = e;
            }
        }
    }

    private VoiceClipEncoder encoder(int clip) {
        while (encoders.size() <= clip) {
            encoders.add(transcoder.startVoiceClip());
        }
        return encoders.get(clip);
    }

    /** Waits for the message's sentences, then for its encoder; empty (logged, counted) on failure. */
    private Optional<VoiceClip> encoded(int clip, String text) {
        List<Sentence> known = snapshot();
        List<CompletableFuture<?>> audio = known.stream().filter(s -> s.clip() == clip).map(Sentence::audio).toList();
        CompletableFuture.allOf(audio.toArray(CompletableFuture[]::new)).handle((done, error) -> null).join();
        VoiceClipEncoder encoder;
        synchronized (this) {
            feed();
            if (failure == null && fed < known.size() && known.get(fed).clip() <= clip) {
                failure = new SpeechException(SpeechException.Kind.UNAVAILABLE, "a sentence was not spoken");
            }
            if (failure != null) {
                return failed(failure);
            }
            encoder = encoder(clip);
        }
        try {
            VoiceClip made = encoder.finish();
            cache.put(tts.voiceName(), rate, text, made);
            return Optional.of(made);
        } catch (SpeechException e) {
            return failed(e);
        }
    }

    private Optional<VoiceClip> failed(SpeechException e) {
        log.warn("voice reply failed: {} ({})", e.kind(), e.getMessage());
        metrics.error("tts", e.kind().name().toLowerCase(Locale.ROOT));
        return Optional.empty();
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
