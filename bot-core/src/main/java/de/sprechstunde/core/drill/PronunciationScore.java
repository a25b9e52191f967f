package de.sprechstunde.core.drill;

import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * The result of scoring one attempt at a phrase. All figures are 0–100; {@code docs/speech.md}
 * gives the formula.
 *
 * @param overall      the headline score
 * @param accuracy     how well the target words were said (missed words count 0, extra words count as wrong)
 * @param completeness the share of target words that were said
 * @param fluency      pauses and speech rate from word timings; empty when the recogniser gave no timings
 * @param words        every target word, plus extra words, in spoken order
 */
public record PronunciationScore(int overall, int accuracy, int completeness, OptionalInt fluency, List<WordScore> words) {

    /** A word heard as the target but with a score below this was recognised only with doubt. */
    public static final int UNSURE_BELOW = 60;

    public PronunciationScore {
        Objects.requireNonNull(fluency, "fluency");
        words = List.copyOf(words);
    }

    /** The target words the learner should say again: mispronounced, missed or unsure, in order. */
    public List<String> wordsToRetry() {
        return retries().stream().map(WordScore::target).toList();
    }

    /** The scores of the words to retry, in order. */
    public List<WordScore> retries() {
        return words.stream().filter(PronunciationScore::needsRetry).toList();
    }

    private static boolean needsRetry(WordScore word) {
        return word.status() == WordStatus.MISPRONOUNCED || word.status() == WordStatus.MISSED
                || (word.status() == WordStatus.CORRECT && word.score() < UNSURE_BELOW);
    }
}
