package de.sprechstunde.core.drill;

import de.sprechstunde.core.port.TranscribedWord;
import de.sprechstunde.core.port.Transcript;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * A learner's attempt as Whisper would report it: words 0.4 s long, 0.1 s apart, heard with
 * probability 0.95, unless told otherwise.
 */
final class Attempt {

    private final String text;
    private final Map<String, Double> probabilities = new HashMap<>();
    private final Map<String, Double> pausesBefore = new HashMap<>();
    private boolean timings = true;
    private boolean probabilitiesKnown = true;

    private Attempt(String text) {
        this.text = text;
    }

    static Attempt said(String text) {
        return new Attempt(text);
    }

    Attempt probability(String word, double probability) {
        probabilities.put(word, probability);
        return this;
    }

    Attempt pauseBefore(String word, double seconds) {
        pausesBefore.put(word, seconds);
        return this;
    }

    /** As the OpenAI-compatible API reports it: timings but no probabilities. */
    Attempt withoutProbabilities() {
        probabilitiesKnown = false;
        return this;
    }

    /** Only the text, no word list. */
    Attempt withoutTimings() {
        timings = false;
        return this;
    }

    Transcript transcript() {
        List<TranscribedWord> words = new ArrayList<>();
        double at = 0;
        for (String token : text.strip().split("\\s+")) {
            if (token.isEmpty()) {
                continue;
            }
            at += pausesBefore.getOrDefault(token, 0.1);
            OptionalDouble probability = probabilitiesKnown
                    ? OptionalDouble.of(probabilities.getOrDefault(token, 0.95)) : OptionalDouble.empty();
            words.add(new TranscribedWord(" " + token, at, at + 0.4, probability));
            at += 0.4;
        }
        return new Transcript(" " + text, "de", timings ? words : List.of(), Duration.ofMillis((long) (at * 1000)));
    }

    @Override
    public String toString() {
        return text;
    }
}
