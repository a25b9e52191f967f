package de.sprechstunde.speech.whisper;

import java.net.URI;
import java.net.http.HttpRequest;

/**
 * The OpenAI transcription API as speaches and faster-whisper-server offer it: everything in the
 * form, {@code verbose_json} for segments and, with {@code timestamp_granularities[]=word}, word
 * timings (without probabilities).
 */
record OpenAiDialect() implements WhisperDialect {

    @Override
    public HttpRequest.Builder transcription(WhisperSettings settings, byte[] wav) {
        MultipartForm form = new MultipartForm()
                .file("file", "voice.wav", "audio/wav", wav)
                .field("model", settings.model())
                .field("language", settings.language())
                .field("response_format", "verbose_json")
                .field("timestamp_granularities[]", "word")
                .field("timestamp_granularities[]", "segment")
                .field("temperature", "0");
        return WhisperDialect.post(settings.resolve("v1/audio/transcriptions"), form);
    }

    @Override
    public URI health(WhisperSettings settings) {
        return settings.resolve("health");
    }
}
