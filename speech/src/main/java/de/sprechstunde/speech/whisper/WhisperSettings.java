package de.sprechstunde.speech.whisper;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Where the Whisper server is and how it is asked.
 *
 * @param host           base URL, e.g. {@code http://whisper:9000} ({@code WHISPER_HOST})
 * @param api            which API the server speaks ({@code WHISPER_API})
 * @param model          the model to ask for; only the OpenAI API takes one ({@code WHISPER_MODEL})
 * @param language       the language every clip is transcribed as, never detected ({@code WHISPER_LANGUAGE})
 * @param connectTimeout how long to wait for a connection
 * @param requestTimeout how long one transcription may take ({@code WHISPER_TIMEOUT_SECONDS})
 * @param attempts       tries per clip when the server is unreachable or answers 5xx/429 ({@code WHISPER_ATTEMPTS})
 */
public record WhisperSettings(URI host, WhisperApi api, String model, String language, Duration connectTimeout,
                              Duration requestTimeout, int attempts) {

    /** A lower-case ISO 639 code ({@code WHISPER_LANGUAGE}). */
    public static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");

    public WhisperSettings {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(api, "api");
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(requestTimeout, "requestTimeout");
        if (!("http".equals(host.getScheme()) || "https".equals(host.getScheme())) || host.getHost() == null) {
            throw new IllegalArgumentException("host must be an http(s) URL with a host, e.g. http://whisper:9000");
        }
        if (model == null || model.isBlank()) {
            throw new IllegalArgumentException("model must not be blank");
        }
        if (language == null || !LANGUAGE.matcher(language).matches()) {
            throw new IllegalArgumentException("language must be a lower-case ISO 639 code such as de");
        }
        if (connectTimeout.isNegative() || connectTimeout.isZero() || requestTimeout.isNegative() || requestTimeout.isZero()) {
            throw new IllegalArgumentException("timeouts must be positive");
        }
        if (attempts < 1 || attempts > 5) {
            throw new IllegalArgumentException("attempts must be between 1 and 5");
        }
    }

    /** The contract's defaults for a server at {@code host}: asr API, model medium, German, 60 s, 2 attempts. */
    public static WhisperSettings at(URI host) {
        return new WhisperSettings(host, WhisperApi.ASR, "medium", "de", Duration.ofSeconds(5), Duration.ofSeconds(60), 2);
    }

    public WhisperSettings withApi(WhisperApi newApi) {
        return new WhisperSettings(host, newApi, model, language, connectTimeout, requestTimeout, attempts);
    }

    public WhisperSettings withModel(String newModel) {
        return new WhisperSettings(host, api, newModel, language, connectTimeout, requestTimeout, attempts);
    }

    public WhisperSettings withRequestTimeout(Duration newTimeout) {
        return new WhisperSettings(host, api, model, language, connectTimeout, newTimeout, attempts);
    }

    /** {@code path} under the host, keeping any path prefix the host URL has. */
    URI resolve(String path) {
        String base = host.toString().endsWith("/") ? host.toString() : host + "/";
        return URI.create(base).resolve(path);
    }
}
