package de.sprechstunde.speech;

import de.sprechstunde.core.health.HealthRegistry;
import de.sprechstunde.core.port.AudioTranscoder;
import de.sprechstunde.core.port.ComponentHealth;
import de.sprechstunde.core.port.HealthIndicator;
import de.sprechstunde.core.port.SpeechToText;
import de.sprechstunde.core.port.TextToSpeech;
import de.sprechstunde.speech.audio.TempoChanger;
import de.sprechstunde.speech.espeak.EspeakHealth;
import de.sprechstunde.speech.espeak.EspeakVoice;
import de.sprechstunde.speech.ffmpeg.FfmpegHealth;
import de.sprechstunde.speech.ffmpeg.FfmpegTranscoder;
import de.sprechstunde.speech.whisper.WhisperClient;
import de.sprechstunde.speech.whisper.WhisperHealth;
import de.sprechstunde.speech.wyoming.PiperHealth;
import de.sprechstunde.speech.wyoming.PiperVoice;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The speech adapters built from {@link SpeechSettings}, ready for the composition root to hand to the core:
 * ffmpeg (or {@link AudioTranscoder#NONE} when it is missing), Whisper when configured, Piper when
 * configured, else espeak-ng when installed, else no voice. What is missing is logged once at
 * start and shown in {@code /health}. Close it when the bot stops.
 */
public final class SpeechBackend implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(SpeechBackend.class);

    private final AudioTranscoder transcoder;
    private final Optional<SpeechToText> speechToText;
    private final Optional<TextToSpeech> textToSpeech;
    private final Map<String, HealthIndicator> health;
    private final List<AutoCloseable> closeables;

    private SpeechBackend(AudioTranscoder transcoder, Optional<SpeechToText> speechToText, Optional<TextToSpeech> textToSpeech,
                           Map<String, HealthIndicator> health, List<AutoCloseable> closeables) {
        this.transcoder = transcoder;
        this.speechToText = speechToText;
        this.textToSpeech = textToSpeech;
        this.health = Collections.unmodifiableMap(new LinkedHashMap<>(health));
        this.closeables = List.copyOf(closeables);
    }

    /** Finds the local tools and sets up the clients. Never fails: what cannot be used is switched off. */
    public static SpeechBackend start(SpeechSettings settings, Clock clock) {
        Map<String, HealthIndicator> health = new LinkedHashMap<>();
        List<AutoCloseable> closeables = new ArrayList<>();
        Optional<FfmpegTranscoder> ffmpeg;
        try {
            FfmpegTranscoder found = FfmpegTranscoder.start(settings.ffmpeg());
            log.info("ffmpeg: {}", found.version());
            ffmpeg = Optional.of(found);
            closeables.add(found);
            health.put("ffmpeg", FfmpegHealth.of(found, clock));
        } catch (IOException e) {
            log.error("ffmpeg is not usable, so voice notes and voice replies are off: {}", e.getMessage());
            ffmpeg = Optional.empty();
            health.put("ffmpeg", FfmpegHealth.missing(e.getMessage(), clock));
        }

        Optional<SpeechToText> recogniser = Optional.empty();
        if (settings.whisper().isPresent()) {
            WhisperClient whisper = new WhisperClient(settings.whisper().get());
            recogniser = Optional.of(whisper);
            health.put("whisper", new WhisperHealth(whisper, clock));
            log.info("speech recognition: whisper at {} ({} API, language {})", settings.whisper().get().host(),
                    settings.whisper().get().api(), settings.whisper().get().language());
        } else {
            health.put("whisper", disabled("whisper", "WHISPER_HOST is not set: voice notes get a \"please type\" reply"));
            log.info("WHISPER_HOST is not set: voice notes will get a \"please type\" reply");
        }

        Optional<TextToSpeech> voice = Optional.empty();
        if (ffmpeg.isEmpty()) {
            health.put("voice", disabled("voice", "no ffmpeg to encode voice messages: text-only replies"));
        } else if (settings.piper().isPresent()) {
            PiperVoice piper = new PiperVoice(settings.piper().get(), ffmpeg.map(TempoChanger.class::cast), clock);
            voice = Optional.of(piper);
            closeables.add(piper);
            health.put("piper", new PiperHealth(piper, clock));
            log.info("voice: piper at {}:{} ({})", settings.piper().get().host(), settings.piper().get().port(), settings.piper().get().voice());
        } else {
            voice = fallbackVoice(settings, clock, health, closeables);
        }
        return new SpeechBackend(ffmpeg.<AudioTranscoder>map(t -> t).orElse(AudioTranscoder.NONE), recogniser, voice, health, closeables);
    }

    private static Optional<TextToSpeech> fallbackVoice(SpeechSettings settings, Clock clock, Map<String, HealthIndicator> health,
                                                        List<AutoCloseable> closeables) {
        try {
            EspeakVoice espeak = EspeakVoice.find(settings.espeak());
            closeables.add(espeak);
            health.put("espeak-ng", new EspeakHealth(espeak, clock));
            log.info("PIPER_HOST is not set: the voice is espeak-ng ({})", espeak.version());
            return Optional.of(espeak);
        } catch (IOException e) {
            health.put("voice", disabled("voice", "PIPER_HOST is not set and espeak-ng is not installed: text-only replies"));
            log.info("PIPER_HOST is not set and espeak-ng is not installed: replies are text only");
            return Optional.empty();
        }
    }

    private static HealthIndicator disabled(String name, String summary) {
        return () -> ComponentHealth.disabled(name, summary);
    }

    /** Registers {@code ffmpeg}, {@code whisper} and {@code piper}/{@code espeak-ng}/{@code voice} with {@code /health}. */
    public HealthRegistry registerHealth(HealthRegistry registry) {
        health.forEach(registry::register);
        return registry;
    }

    public AudioTranscoder transcoder() {
        return transcoder;
    }

    public Optional<SpeechToText> speechToText() {
        return speechToText;
    }

    public Optional<TextToSpeech> textToSpeech() {
        return textToSpeech;
    }

    /** The health checks by name, in a stable order. */
    public Map<String, HealthIndicator> healthIndicators() {
        return health;
    }

    @Override
    public void close() {
        for (AutoCloseable closeable : closeables) {
            try {
                closeable.close();
            } catch (Exception e) {
                log.warn("closing {} failed: {}", closeable.getClass().getSimpleName(), e.toString());
            }
        }
    }
}
