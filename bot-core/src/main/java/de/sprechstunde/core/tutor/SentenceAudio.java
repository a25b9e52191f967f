package de.sprechstunde.core.tutor;

import de.sprechstunde.core.message.VoiceClip;
import de.sprechstunde.core.port.AudioTranscoder;
import de.sprechstunde.core.port.PcmAudio;
import de.sprechstunde.core.port.SpeakingRate;
import de.sprechstunde.core.port.SpeechException;
import de.sprechstunde.core.port.TextToSpeech;
import de.sprechstunde.core.port.VoiceClipEncoder;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;

/**
 * The audio of one answer's sentences: each synthesis started on the voice pool, at most
 * {@link #LANES} at once (each sentence waits for the one two before it), and each sentence's audio
 * handed, in sentence order, to the encoder of its voice message as soon as it is there.
 *
 * <p>Sentences are started from one thread (the turn's worker); the pool's threads feed the
 * encoders under this object's lock, and the list of sentences has its own, so starting a sentence
 * never waits for an encoder.
 */
final class SentenceAudio {

    /** Syntheses of one answer at once: enough to keep up with the model, few enough to share the voice. */
    static final int LANES = 2;

    private record Sentence(String text, int clip, CompletableFuture<?> audio) {
    }

    private final TextToSpeech tts;
    private final AudioTranscoder transcoder;
    private final Executor pool;
    private final SpeakingRate rate;
    /** Added to by the starting thread only; guarded by itself. */
    private final List<Sentence> sentences = new ArrayList<>();
    private final List<VoiceClipEncoder> encoders = new ArrayList<>();
    /** Sentences whose audio is in its encoder; guarded by this. */
    private int fed;
    /** The first failure of a synthesis or an encoder; guarded by this. */
    private SpeechException failure;
    private volatile boolean dropped;

    SentenceAudio(TextToSpeech tts, AudioTranscoder transcoder, Executor pool, SpeakingRate rate) {
        this.tts = tts;
        this.transcoder = transcoder;
        this.pool = pool;
        this.rate = rate;
    }

    /** How many sentences were started. */
    int started() {
        return snapshot().size();
    }

    /** The started sentences' texts, in order. */
    List<String> texts() {
        return snapshot().stream().map(Sentence::text).toList();
    }

    boolean startedIn(int clip) {
        return snapshot().stream().anyMatch(s -> s.clip() == clip);
    }

    /**
     * Starts the next sentence, part of voice message {@code clip}; with {@code skip} (its message
     * comes from the cache) it only takes its place in the order.
     */
    void start(String text, int clip, boolean skip) {
        if (dropped) {
            return;
        }
        CompletableFuture<?> audio;
        synchronized (sentences) {
            int index = sentences.size();
            CompletableFuture<?> lane = index >= LANES ? sentences.get(index - LANES).audio() : CompletableFuture.completedFuture(null);
            audio = skip ? CompletableFuture.completedFuture(null)
                    : lane.handle((done, error) -> null).thenApplyAsync(ignored -> synthesize(text), pool);
            sentences.add(new Sentence(text, clip, audio));
        }
        audio.whenComplete((done, error) -> feed());
    }

    /**
     * Waits for the sentences of voice message {@code clip}, then for its encoder.
     *
     * @throws SpeechException when a synthesis or the encoding failed
     */
    VoiceClip clip(int clip) throws SpeechException {
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
                throw failure;
            }
            encoder = encoder(clip);
        }
        return encoder.finish();
    }

    /** Stops starting syntheses and frees the encoders; audio still being made is thrown away. */
    void drop() {
        dropped = true;
        synchronized (this) {
            encoders.forEach(VoiceClipEncoder::close);
        }
    }

    private PcmAudio synthesize(String text) {
        if (dropped) {
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
        while (!dropped && failure == null) {
            List<Sentence> known = snapshot();
            if (fed >= known.size() || !known.get(fed).audio().isDone()) {
                return;
            }
            Sentence sentence = known.get(fed);
            try {
                if (sentence.audio().join() instanceof PcmAudio pcm) {
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

    private List<Sentence> snapshot() {
        synchronized (sentences) {
            return List.copyOf(sentences);
        }
    }
}
