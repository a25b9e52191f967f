package de.sprechstunde.core.drill;

import java.util.List;

/**
 * The result of scoring one attempt at a phrase. All figures are 0–100.
 *
 * @param overall      the headline score
 * @param accuracy     how well the words that were said match the target words
 * @param completeness the share of target words that were said
 * @param fluency      pauses and speech rate, from word timings (100 when no timings are known)
 * @param words        every target word, plus extra words, in spoken order
 */
public record PronunciationScore(int overall, int accuracy, int completeness, int fluency, List<WordScore> words) {
    public PronunciationScore {
        words = List.copyOf(words);
    }

    /** The target words the learner should say again: mispronounced or missed, in order. */
    public List<String> wordsToRetry() {
        return words.stream()
                .filter(w -> w.status() == WordStatus.MISPRONOUNCED || w.status() == WordStatus.MISSED
                        || (w.status() == WordStatus.CORRECT && w.score() < 60))
                .map(WordScore::target)
                .toList();
    }
}
