package de.sprechstunde.speech.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * What the ffprobe command line says about some audio bytes: independent of the code under test.
 *
 * @param container ffprobe's format name, e.g. {@code ogg}, {@code wav}
 * @param codec     the first audio stream's codec, e.g. {@code opus}
 * @param seconds   the duration ffprobe reports
 */
public record AudioFacts(String container, String codec, int sampleRate, int channels, double seconds) {

    public static AudioFacts of(byte[] audio) {
        Path file = null;
        try {
            file = Files.createTempFile("audio-facts", ".bin");
            Files.write(file, audio);
            byte[] json = GermanSpeech.run(List.of("ffprobe", "-v", "error", "-print_format", "json", "-show_format",
                    "-show_streams", "-select_streams", "a:0", file.toString()), null);
            JsonNode root = new ObjectMapper().readTree(json);
            JsonNode stream = root.path("streams").path(0);
            double seconds = root.path("format").path("duration").asDouble(stream.path("duration").asDouble());
            return new AudioFacts(root.path("format").path("format_name").asText(), stream.path("codec_name").asText(),
                    stream.path("sample_rate").asInt(), stream.path("channels").asInt(), seconds);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (file != null) {
                file.toFile().delete();
            }
        }
    }
}
