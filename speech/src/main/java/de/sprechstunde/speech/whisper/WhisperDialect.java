package de.sprechstunde.speech.whisper;

import java.net.URI;
import java.net.http.HttpRequest;

/** How one Whisper API wants a clip sent. */
sealed interface WhisperDialect permits AsrDialect, OpenAiDialect {

    /** The transcription request for a 16 kHz mono WAV clip. */
    HttpRequest.Builder transcription(WhisperSettings settings, byte[] wav);

    /** A cheap GET that answers 200 while the server is up. */
    URI health(WhisperSettings settings);

    static WhisperDialect of(WhisperApi api) {
        return switch (api) {
            case ASR -> new AsrDialect();
            case OPENAI -> new OpenAiDialect();
        };
    }

    static HttpRequest.Builder post(URI uri, MultipartForm form) {
        return HttpRequest.newBuilder(uri)
                .header("Content-Type", form.contentType())
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(form.bytes()));
    }
}
