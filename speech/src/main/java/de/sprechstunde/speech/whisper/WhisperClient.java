package de.sprechstunde.speech.whisper;

import de.sprechstunde.core.port.SpeechException;
import de.sprechstunde.core.port.SpeechException.Kind;
import de.sprechstunde.core.port.SpeechToText;
import de.sprechstunde.core.port.Transcript;
import de.sprechstunde.speech.audio.WavFile;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Speech recognition with a Whisper server over HTTP, in either API ({@link WhisperApi}). The
 * language is always pinned (short German clips are otherwise often taken for English). A server
 * that cannot be reached or answers 5xx/429 is tried again up to the configured attempts; a
 * timeout is not retried, since the server is busy rather than gone. Thread-safe.
 */
public final class WhisperClient implements SpeechToText {

    private static final Logger log = LoggerFactory.getLogger(WhisperClient.class);
    private static final Duration FIRST_BACKOFF = Duration.ofMillis(300);

    private final WhisperSettings settings;
    private final WhisperDialect dialect;
    private final HttpClient http;
    private final TranscriptReader reader = new TranscriptReader();

    public WhisperClient(WhisperSettings settings) {
        this.settings = settings;
        this.dialect = WhisperDialect.of(settings.api());
        // HTTP/1.1: the JDK's default h2c upgrade offer on plain http confuses some Python servers
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(settings.connectTimeout())
                .build();
    }

    @Override
    public Transcript transcribe(byte[] wav16kMono) throws SpeechException {
        Duration length = clipLength(wav16kMono);
        for (int attempt = 1; ; attempt++) {
            try {
                HttpResponse<String> response = http.send(
                        dialect.transcription(settings, wav16kMono).timeout(settings.requestTimeout()).build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                int status = response.statusCode();
                if (status == 200) {
                    return heard(response.body(), length);
                }
                if (!(status >= 500 || status == 429) || attempt >= settings.attempts()) {
                    throw refused(status, response.body());
                }
                log.warn("whisper answered {} (attempt {} of {}), trying again", status, attempt, settings.attempts());
            } catch (HttpTimeoutException e) {
                throw new SpeechException(Kind.TIMEOUT, "whisper gave no transcript within " + settings.requestTimeout().toSeconds() + " s", e);
            } catch (IOException e) {
                if (attempt >= settings.attempts()) {
                    throw new SpeechException(Kind.UNAVAILABLE, "whisper at " + settings.host() + " is unreachable: " + e, e);
                }
                log.warn("whisper unreachable (attempt {} of {}): {}", attempt, settings.attempts(), e.toString());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SpeechException(Kind.UNAVAILABLE, "interrupted while waiting for whisper", e);
            }
            pause(FIRST_BACKOFF.multipliedBy(attempt));
        }
    }

    private Transcript heard(String body, Duration length) throws SpeechException {
        Transcript transcript;
        try {
            transcript = reader.read(body, settings.language(), length);
        } catch (IOException e) {
            log.error("whisper's answer is not a transcript (is WHISPER_API={} right for this server?)", settings.api());
            throw new SpeechException(Kind.UNAVAILABLE, "unexpected answer from whisper", e);
        }
        if (transcript.text().isBlank()) {
            throw new SpeechException(Kind.NO_SPEECH, "whisper heard no words");
        }
        return transcript;
    }

    private SpeechException refused(int status, String body) {
        String detail = body == null ? "" : body.substring(0, Math.min(200, body.length())).replaceAll("\\s+", " ");
        return switch (status) {
            case 400, 415 -> new SpeechException(Kind.CORRUPT_AUDIO, "whisper cannot read the audio (" + status + ")");
            case 404, 405 -> {
                log.error("whisper answered {} at {}: wrong WHISPER_HOST or WHISPER_API={}? {}", status, settings.host(), settings.api(), detail);
                yield new SpeechException(Kind.UNAVAILABLE, "whisper has no such endpoint (" + status + ")");
            }
            case 422 -> {
                log.error("whisper rejected the request (check WHISPER_LANGUAGE and WHISPER_MODEL): {}", detail);
                yield new SpeechException(Kind.UNAVAILABLE, "whisper rejected the request (422)");
            }
            default -> new SpeechException(Kind.UNAVAILABLE, "whisper answered " + status);
        };
    }

    private static Duration clipLength(byte[] wav) throws SpeechException {
        try {
            return WavFile.parse(wav).duration();
        } catch (IllegalArgumentException e) {
            throw new SpeechException(Kind.CORRUPT_AUDIO, "not a WAV clip: " + e.getMessage(), e);
        }
    }

    private static void pause(Duration duration) throws SpeechException {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SpeechException(Kind.UNAVAILABLE, "interrupted while waiting to retry whisper", e);
        }
    }

    public WhisperSettings settings() {
        return settings;
    }

    HttpClient http() {
        return http;
    }

    WhisperDialect dialect() {
        return dialect;
    }
}
