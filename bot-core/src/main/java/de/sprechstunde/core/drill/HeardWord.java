package de.sprechstunde.core.drill;

import de.sprechstunde.core.port.TranscribedWord;
import de.sprechstunde.core.port.Transcript;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * One word as the recogniser heard it, with its timing when the recogniser gave one.
 *
 * @param text        the word, edge punctuation stripped
 * @param start       seconds from the start of the clip, or NaN without timings
 * @param end         seconds from the start of the clip, or NaN without timings
 * @param probability the recogniser's confidence 0–1, when reported
 */
record HeardWord(String text, double start, double end, OptionalDouble probability) {

    HeardWord {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(probability, "probability");
    }

    boolean timed() {
        return !Double.isNaN(start) && !Double.isNaN(end) && end >= start;
    }

    /**
     * The heard words of a transcript: from its word timings when there are any, else from its
     * text. A recogniser word holding several words (rare) gives each part the same timing.
     */
    static List<HeardWord> of(Transcript transcript) {
        List<HeardWord> heard = new ArrayList<>();
        if (transcript.words().isEmpty()) {
            for (String word : GermanSpelling.words(transcript.text())) {
                heard.add(new HeardWord(word, Double.NaN, Double.NaN, OptionalDouble.empty()));
            }
            return heard;
        }
        for (TranscribedWord word : transcript.words()) {
            for (String part : GermanSpelling.words(word.word())) {
                if (!GermanSpelling.normalise(part).isEmpty()) {
                    heard.add(new HeardWord(part, word.start(), word.end(), word.probability()));
                }
            }
        }
        return heard;
    }
}
