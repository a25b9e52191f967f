package de.sprechstunde.speech;

import de.sprechstunde.speech.espeak.EspeakSettings;
import de.sprechstunde.speech.ffmpeg.FfmpegSettings;
import de.sprechstunde.speech.whisper.WhisperApi;
import de.sprechstunde.speech.whisper.WhisperSettings;
import de.sprechstunde.speech.wyoming.PiperSettings;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads {@link SpeechSettings} from environment variables, given as a map (the composition root
 * owns {@code System.getenv} and {@code .env}). Blank values count as unset. A bad value fails
 * with an {@link IllegalArgumentException} whose message starts with the variable's name.
 */
public final class SpeechEnvironment {

    private final Map<String, String> env;

    private SpeechEnvironment(Map<String, String> env) {
        this.env = env;
    }

    public static SpeechSettings read(Map<String, String> env) {
        return new SpeechEnvironment(env).settings();
    }

    private SpeechSettings settings() {
        FfmpegSettings ffmpeg = parse("FFMPEG_PATH", "ffmpeg", value -> new FfmpegSettings(value,
                text("FFPROBE_PATH", "ffprobe"),
                Duration.ofSeconds(number("VOICE_MAX_SECONDS", 60, 1, 600)),
                number("VOICE_MAX_BYTES", 20L * 1024 * 1024, 1, 50L * 1024 * 1024),
                Duration.ofSeconds(number("FFMPEG_TIMEOUT_SECONDS", 30, 1, 600)),
                Path.of(System.getProperty("java.io.tmpdir"))));
        Optional<WhisperSettings> whisper = optional("WHISPER_HOST").map(host -> parse("WHISPER_HOST", host, value -> new WhisperSettings(
                URI.create(value),
                parse("WHISPER_API", text("WHISPER_API", "asr"), WhisperApi::parse),
                text("WHISPER_MODEL", "medium"),
                parse("WHISPER_LANGUAGE", text("WHISPER_LANGUAGE", "de"), SpeechEnvironment::language),
                Duration.ofSeconds(5),
                Duration.ofSeconds(number("WHISPER_TIMEOUT_SECONDS", 60, 1, 600)),
                (int) number("WHISPER_ATTEMPTS", 2, 1, 5))));
        Optional<PiperSettings> piper = optional("PIPER_HOST").map(host -> parse("PIPER_HOST", host, value ->
                PiperSettings.at(value, parse("PIPER_VOICE", text("PIPER_VOICE", "de_DE-thorsten-high"), SpeechEnvironment::voice))
                        .withSynthesisTimeout(Duration.ofSeconds(number("PIPER_TIMEOUT_SECONDS", 30, 1, 300)))));
        EspeakSettings espeak = EspeakSettings.defaults().withPath(text("ESPEAK_PATH", "espeak-ng"));
        return new SpeechSettings(ffmpeg, whisper, piper, espeak);
    }

    private static String language(String value) {
        if (!value.matches("[a-z]{2,3}")) {
            throw new IllegalArgumentException("must be a lower-case ISO 639 code such as de");
        }
        return value;
    }

    private static String voice(String value) {
        if (!value.matches("[A-Za-z0-9_.+-]+")) {
            throw new IllegalArgumentException("must be a Piper voice name such as de_DE-thorsten-high");
        }
        return value;
    }

    private Optional<String> optional(String name) {
        return Optional.ofNullable(env.get(name)).map(String::strip).filter(value -> !value.isEmpty());
    }

    private String text(String name, String fallback) {
        return optional(name).orElse(fallback);
    }

    private long number(String name, long fallback, long min, long max) {
        return optional(name).map(value -> parse(name, value, text -> {
            long number = Long.parseLong(text);
            if (number < min || number > max) {
                throw new IllegalArgumentException("must be between " + min + " and " + max);
            }
            return number;
        })).orElse(fallback);
    }

    /** Applies {@code parser}; any failure becomes "NAME: reason". */
    private static <T> T parse(String name, String value, Function<String, T> parser) {
        try {
            return parser.apply(value);
        } catch (IllegalArgumentException e) {
            String reason = e instanceof NumberFormatException ? "must be a whole number" : e.getMessage();
            if (reason != null && reason.matches("^[A-Z][A-Z_]+: .*")) {
                throw e;
            }
            throw new IllegalArgumentException(name + ": " + reason + " (got '" + value + "')", e);
        }
    }
}
