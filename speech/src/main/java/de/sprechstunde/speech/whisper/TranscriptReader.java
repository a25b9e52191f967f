package de.sprechstunde.speech.whisper;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.sprechstunde.core.port.TranscribedWord;
import de.sprechstunde.core.port.Transcript;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * Reads the JSON both Whisper APIs answer with into a {@link Transcript}. Segments Whisper itself
 * marks as probably silence (no_speech_prob above 0.6 with avg_logprob below −1, Whisper's own
 * rule) are dropped, because on silence Whisper tends to invent text ("Untertitel im Auftrag des
 * ZDF"). Thread-safe.
 */
final class TranscriptReader {

    private static final double NO_SPEECH_PROBABILITY = 0.6;
    private static final double LOW_LOG_PROBABILITY = -1.0;

    private final ObjectMapper json = new ObjectMapper();

    /**
     * @param audioLength the clip's length, used when the answer does not state one
     * @throws IOException when the answer is not the JSON either API sends
     */
    Transcript read(String body, String requestedLanguage, Duration audioLength) throws IOException {
        JsonNode root = json.readTree(body);
        if (root == null || !root.isObject() || !root.path("text").isTextual()) {
            throw new IOException("the answer has no transcript text");
        }
        List<JsonNode> kept = new ArrayList<>();
        boolean dropped = false;
        for (JsonNode segment : root.path("segments")) {
            if (probablySilence(segment)) {
                dropped = true;
            } else {
                kept.add(segment);
            }
        }
        String text = dropped ? joinText(kept) : root.path("text").asText();
        List<TranscribedWord> words = new ArrayList<>();
        if (root.path("words").isArray() && !dropped) {
            root.path("words").forEach(word -> words.add(word(word)));
        } else {
            kept.forEach(segment -> segment.path("words").forEach(word -> words.add(word(word))));
        }
        String language = root.path("language").asText(requestedLanguage);
        Duration duration = root.path("duration").isNumber()
                ? Duration.ofMillis(Math.round(root.path("duration").asDouble() * 1000)) : audioLength;
        return new Transcript(text.strip(), language.isBlank() ? requestedLanguage : language, words, duration);
    }

    private static boolean probablySilence(JsonNode segment) {
        return segment.path("no_speech_prob").asDouble(0) > NO_SPEECH_PROBABILITY
                && segment.path("avg_logprob").asDouble(0) < LOW_LOG_PROBABILITY;
    }

    private static String joinText(List<JsonNode> segments) {
        StringBuilder text = new StringBuilder();
        segments.forEach(segment -> text.append(segment.path("text").asText()));
        return text.toString();
    }

    private static TranscribedWord word(JsonNode word) {
        OptionalDouble probability = word.path("probability").isNumber()
                ? OptionalDouble.of(word.path("probability").asDouble()) : OptionalDouble.empty();
        return new TranscribedWord(word.path("word").asText(""), word.path("start").asDouble(Double.NaN),
                word.path("end").asDouble(Double.NaN), probability);
    }
}
