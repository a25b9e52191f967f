package de.sprechstunde.deploy.config;

import static de.sprechstunde.deploy.config.Variables.*;

import de.sprechstunde.speech.SpeechSettings;
import de.sprechstunde.speech.espeak.EspeakSettings;
import de.sprechstunde.speech.ffmpeg.FfmpegSettings;
import de.sprechstunde.speech.whisper.WhisperSettings;
import de.sprechstunde.speech.wyoming.PiperSettings;
import java.time.Duration;
import java.util.Optional;

/** Reads WHISPER_*, PIPER_*, FFMPEG_*, ESPEAK_PATH (docs/speech.md). */
final class SpeechConfig {

    private SpeechConfig() {
    }

    /**
     * @param maxVoiceDuration {@code VOICE_MAX_SECONDS} and
     * @param maxVoiceBytes    {@code VOICE_MAX_BYTES}, read once for the core and ffmpeg
     */
    static SpeechSettings read(Env env, Duration maxVoiceDuration, long maxVoiceBytes) {
        SpeechSettings d = SpeechSettings.defaults();
        FfmpegSettings ffmpeg = new FfmpegSettings(
                env.string(FFMPEG_PATH, d.ffmpeg().ffmpegPath()),
                env.string(FFPROBE_PATH, d.ffmpeg().ffprobePath()),
                maxVoiceDuration,
                maxVoiceBytes,
                env.seconds(FFMPEG_TIMEOUT_SECONDS, d.ffmpeg().timeout(), 1, 600),
                d.ffmpeg().scratchDir());
        EspeakSettings espeak = d.espeak().withPath(env.string(ESPEAK_PATH, d.espeak().path()));
        return new SpeechSettings(ffmpeg, whisper(env), piper(env), espeak);
    }

    private static Optional<WhisperSettings> whisper(Env env) {
        return env.optionalUri(WHISPER_HOST, "http", "https").map(host -> {
            WhisperSettings d = WhisperSettings.at(host);
            return new WhisperSettings(host,
                    env.choice(WHISPER_API, d.api()),
                    env.string(WHISPER_MODEL, d.model()),
                    env.matching(WHISPER_LANGUAGE, d.language(), WhisperSettings.LANGUAGE, "a lower-case ISO 639 code such as de"),
                    d.connectTimeout(),
                    env.seconds(WHISPER_TIMEOUT_SECONDS, d.requestTimeout(), 1, 600),
                    env.integer(WHISPER_ATTEMPTS, d.attempts(), 1, 5));
        });
    }

    private static Optional<PiperSettings> piper(Env env) {
        Optional<String> host = env.optional(PIPER_HOST);
        if (host.isEmpty()) {
            return Optional.empty();
        }
        String voice = env.matching(PIPER_VOICE, PiperSettings.DEFAULT_VOICE, PiperSettings.VOICE,
                "a Piper voice name such as " + PiperSettings.DEFAULT_VOICE);
        PiperSettings piper = at(env, host.get(), voice);
        return Optional.of(piper.withSynthesisTimeout(env.seconds(PIPER_TIMEOUT_SECONDS, piper.synthesisTimeout(), 1, 300)));
    }

    private static PiperSettings at(Env env, String address, String voice) {
        try {
            return PiperSettings.at(address, voice);
        } catch (IllegalArgumentException e) {
            throw env.bad(PIPER_HOST, e.getMessage());
        }
    }
}
