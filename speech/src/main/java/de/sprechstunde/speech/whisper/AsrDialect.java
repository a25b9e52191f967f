package de.sprechstunde.speech.whisper;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;

/**
 * whisper-asr-webservice: options in the query, the clip in part {@code audio_file}. The server
 * runs the file through its own ffmpeg only with {@code encode=true}; with false it would read the
 * bytes as raw samples. It answers JSON with {@code Content-Type: text/plain}.
 */
record AsrDialect() implements WhisperDialect {

    @Override
    public HttpRequest.Builder transcription(WhisperSettings settings, byte[] wav) {
        String query = "asr?task=transcribe&language=" + URLEncoder.encode(settings.language(), StandardCharsets.UTF_8)
                + "&output=json&word_timestamps=true&encode=true";
        MultipartForm form = new MultipartForm().file("audio_file", "voice.wav", "audio/wav", wav);
        return WhisperDialect.post(settings.resolve(query), form);
    }

    @Override
    public URI health(WhisperSettings settings) {
        return settings.resolve("docs");
    }
}
